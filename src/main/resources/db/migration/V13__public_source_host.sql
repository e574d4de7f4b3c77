-- One more source link pointed to a staging host (CareerOneStop's): the same path on its public site.
update career set source_urls = replace(source_urls, 'https://stagechatbotapi.careeronestop.org', 'https://www.careeronestop.org');
update career_outlook set source_urls = replace(source_urls, 'https://stagechatbotapi.careeronestop.org', 'https://www.careeronestop.org')
    where source_urls is not null;
update catalog_release set release = release + 1, note = 'Public host for a CareerOneStop source link';
