package org.careeradvisor.staff;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.careeradvisor.staff.StaffService.Outcome;
import org.careeradvisor.staff.StaffService.Refused;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in, creating an account from the setup link or an invitation, and changing
 * one's password.
 */
@Controller
class StaffController {

	private static final List<String> LOGIN_STATES = List.of("error", "signedOut", "created");

	private final StaffService staff;

	StaffController(StaffService staff) {
		this.staff = staff;
	}

	/** The setup or invitation link's token, for the form's own address. */
	@ModelAttribute("token")
	String token(@PathVariable(required = false) String token) {
		return token;
	}

	/**
	 * The sign-in page, with what happened last: a failure, a locked account, a sign-out,
	 * a new account.
	 */
	@GetMapping("/login")
	String login(@RequestParam Map<String, String> params, Model model) {
		model.addAttribute("state", LOGIN_STATES.stream().filter(params::containsKey).findFirst().orElse(null));
		return "staff/login";
	}

	@GetMapping("/setup/{token}")
	String setup(@PathVariable String token, Model model) {
		this.staff.requireSetupLink(token);
		model.addAttribute("accountForm", AccountForm.empty());
		return "staff/setup";
	}

	@PostMapping("/setup/{token}")
	String createFirstAdministrator(@PathVariable String token, @Valid @ModelAttribute AccountForm accountForm,
			BindingResult binding) {
		this.staff.requireSetupLink(token);
		return create(accountForm, binding, "staff/setup",
				() -> this.staff.createFirstAdministrator(token, accountForm));
	}

	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, Model model) {
		model.addAttribute("invitation", this.staff.invitation(token));
		model.addAttribute("accountForm", AccountForm.empty());
		return "staff/invitation";
	}

	@PostMapping("/invitations/{token}")
	String acceptInvitation(@PathVariable String token, @Valid @ModelAttribute AccountForm accountForm,
			BindingResult binding, Model model) {
		model.addAttribute("invitation", this.staff.invitation(token));
		return create(accountForm, binding, "staff/invitation", () -> this.staff.acceptInvitation(token, accountForm));
	}

	@GetMapping("/account")
	String account(Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		return "staff/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult binding, HttpSession session) {
		if (!binding.hasErrors() && this.staff.changePassword(user.accountId(), passwordForm,
				session.getId()) instanceof Refused refused) {
			reject(binding, refused);
		}
		return binding.hasErrors() ? "staff/account" : "redirect:/account?changed";
	}

	/**
	 * Creates an account when the form is right, or shows the form again with every
	 * problem, its own and the service's (a taken username, a weak password).
	 */
	private String create(AccountForm form, BindingResult binding, String page, Supplier<Outcome> creation) {
		if (rejectProblems(form, binding)) {
			return page;
		}
		if (creation.get() instanceof Refused refused) {
			reject(binding, refused);
			return page;
		}
		return "redirect:/login?created";
	}

	/**
	 * Adds what the service finds wrong (a taken username, a weak password) to the form's
	 * own errors, so that every problem shows at once.
	 * @return whether the form has any error
	 */
	private boolean rejectProblems(AccountForm form, BindingResult binding) {
		this.staff.problems(form).forEach((field, key) -> {
			if (!binding.hasFieldErrors(field)) {
				binding.rejectValue(field, key);
			}
		});
		return binding.hasErrors();
	}

	static void reject(BindingResult binding, Refused refused) {
		refused.problems().forEach(binding::rejectValue);
	}

}
