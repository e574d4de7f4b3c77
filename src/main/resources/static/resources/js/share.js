// Enhancements for sharing a link: a copy button and a print button. Without JavaScript both stay hidden
// and the link can still be selected and copied by hand.
(function () {
  'use strict';

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = button.closest('.field') && button.closest('.field').querySelector('[data-copy-status]');
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      }, function () {
        field.select();
      });
    });
  });

  document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
}());
