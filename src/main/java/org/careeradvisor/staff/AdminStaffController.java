package org.careeradvisor.staff;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Administrators invite staff, revoke open invitations, and disable or enable accounts.
 */
@Controller
@RequestMapping("/admin/staff")
class AdminStaffController {

	private final StaffService staff;

	AdminStaffController(StaffService staff) {
		this.staff = staff;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("invitationForm", InvitationForm.empty());
		return page(model);
	}

	/**
	 * Shows the new invitation's link once, on the answer to the post itself: it is
	 * stored only as a hash, so it cannot be shown again.
	 */
	@PostMapping("/invitations")
	String invite(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute InvitationForm invitationForm,
			BindingResult binding, Model model, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return page(model);
		}
		String token = this.staff.invite(invitationForm, user.accountId());
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("link",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/invitations/{token}")
					.buildAndExpand(token)
					.toUriString());
		model.addAttribute("invitation", invitationForm);
		model.addAttribute("days", StaffService.INVITATION_LIFETIME.toDays());
		return "admin/invited";
	}

	@PostMapping("/invitations/{publicId}/revoke")
	String revoke(@PathVariable String publicId) {
		this.staff.revoke(publicId);
		return "redirect:/admin/staff?revoked";
	}

	@PostMapping("/{publicId}/disable")
	String disable(@AuthenticationPrincipal StaffUser user, @PathVariable String publicId) {
		return this.staff.setEnabled(publicId, false, user.accountId()) ? "redirect:/admin/staff?disabled"
				: "redirect:/admin/staff?self";
	}

	@PostMapping("/{publicId}/enable")
	String enable(@AuthenticationPrincipal StaffUser user, @PathVariable String publicId) {
		return this.staff.setEnabled(publicId, true, user.accountId()) ? "redirect:/admin/staff?enabled"
				: "redirect:/admin/staff?self";
	}

	private String page(Model model) {
		model.addAttribute("accounts", this.staff.accounts());
		model.addAttribute("invitations", this.staff.openInvitations());
		model.addAttribute("roles", StaffRole.values());
		return "admin/staff";
	}

}
