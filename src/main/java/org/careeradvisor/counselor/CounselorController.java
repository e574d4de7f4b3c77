package org.careeradvisor.counselor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.careeradvisor.counselor.GroupService.Added;
import org.careeradvisor.counselor.GroupService.Dashboard;
import org.careeradvisor.staff.StaffUser;
import org.careeradvisor.web.BadRequestException;
import org.careeradvisor.web.QrCodes;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The counselor's workspace: their groups, each with its join code, link and QR code, the
 * results shared with it, private notes, aggregates and CSV files.
 */
@Controller
class CounselorController {

	private static final Set<String> SORTS = Set.of("date", "name", "hi", "him");

	private final GroupService groups;

	private final GroupCsv csv;

	private final Clock clock;

	CounselorController(GroupService groups, GroupCsv csv, Clock clock) {
		this.groups = groups;
		this.csv = csv;
		this.clock = clock;
	}

	@GetMapping("/counselor")
	String home(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("groupForm", GroupForm.startingOn(LocalDate.now(this.clock)));
		return home(user, model, HttpServletResponse.SC_OK, null);
	}

	@PostMapping("/counselor/groups")
	String create(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute GroupForm groupForm,
			BindingResult binding, Model model, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return home(user, model, HttpServletResponse.SC_BAD_REQUEST, response);
		}
		return "redirect:/counselor/groups/" + this.groups.create(user.accountId(), groupForm) + "?created";
	}

	@GetMapping("/counselor/groups/{groupId}")
	String group(@AuthenticationPrincipal StaffUser user, @PathVariable String groupId,
			@RequestParam(required = false) String verdict, @RequestParam(required = false) String sort, Model model) {
		return dashboard(user, groupId, verdict, sort, model);
	}

	@GetMapping(path = "/counselor/groups/{groupId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@AuthenticationPrincipal StaffUser user, @PathVariable String groupId) {
		String code = this.groups.group(user.accountId(), groupId).joinCode();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
			.contentType(MediaType.IMAGE_PNG)
			.body(QrCodes.png(joinUrl(code)));
	}

	@PostMapping("/counselor/groups/{groupId}/members/{memberId}/note")
	String note(@AuthenticationPrincipal StaffUser user, @PathVariable String groupId, @PathVariable String memberId,
			@RequestParam(defaultValue = "") String note) {
		if (note.length() > Member.NOTE_LENGTH) {
			throw new BadRequestException("error.note.length", "Note longer than " + Member.NOTE_LENGTH);
		}
		this.groups.writeNote(user.accountId(), groupId, memberId, note);
		return "redirect:/counselor/groups/" + groupId + "?noted#m-" + memberId;
	}

	@PostMapping("/counselor/groups/{groupId}/add")
	String add(@AuthenticationPrincipal StaffUser user, @PathVariable String groupId,
			@RequestParam(defaultValue = "") String link, Model model, HttpServletResponse response) {
		Added added = this.groups.addByLink(user.accountId(), groupId, link);
		if (added == Added.NOT_A_RESULT) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("addError", true);
			model.addAttribute("link", link);
			return dashboard(user, groupId, null, null, model);
		}
		return "redirect:/counselor/groups/" + groupId + "?" + ((added == Added.ADDED) ? "added" : "already");
	}

	@GetMapping("/counselor/groups/{groupId}/delete")
	String confirmDelete(@AuthenticationPrincipal StaffUser user, @PathVariable String groupId, Model model) {
		model.addAttribute("group", this.groups.group(user.accountId(), groupId));
		return "counselor/confirmDelete";
	}

	@PostMapping("/counselor/groups/{groupId}/delete")
	String delete(@AuthenticationPrincipal StaffUser user, @PathVariable String groupId,
			@RequestParam(required = false) String confirm) {
		if (!"yes".equals(confirm)) {
			// Only the counselor's own group's address goes back into the redirect.
			return "redirect:/counselor/groups/" + this.groups.group(user.accountId(), groupId).publicId() + "/delete";
		}
		this.groups.delete(user.accountId(), groupId);
		return "redirect:/counselor?deleted";
	}

	@GetMapping("/counselor/groups/{groupId}/results.csv")
	ResponseEntity<byte[]> resultsCsv(@AuthenticationPrincipal StaffUser user, @PathVariable String groupId) {
		Dashboard dashboard = this.groups.dashboard(user.accountId(), groupId, null, null);
		return GroupCsv.download(this.csv.results(dashboard), "results");
	}

	@GetMapping("/counselor/groups/{groupId}/aggregates.csv")
	ResponseEntity<byte[]> aggregatesCsv(@AuthenticationPrincipal StaffUser user, @PathVariable String groupId) {
		Dashboard dashboard = this.groups.dashboard(user.accountId(), groupId, null, null);
		return GroupCsv.download(this.csv.aggregates(dashboard), "aggregates");
	}

	private String home(StaffUser user, Model model, int status, HttpServletResponse response) {
		if (response != null) {
			response.setStatus(status);
		}
		model.addAttribute("groups", this.groups.groups(user.accountId()));
		return "counselor/home";
	}

	private String dashboard(StaffUser user, String groupId, String verdict, String sort, Model model) {
		if (verdict != null && !verdict.isEmpty() && !GroupAggregates.VERDICTS.contains(verdict)) {
			throw new BadRequestException("error.400", "Unknown verdict filter");
		}
		if (sort != null && !sort.isEmpty() && !SORTS.contains(sort)) {
			throw new BadRequestException("error.400", "Unknown sort");
		}
		Dashboard dashboard = this.groups.dashboard(user.accountId(), groupId, emptyToNull(verdict), emptyToNull(sort));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("joinUrl", joinUrl(dashboard.group().joinCode()));
		model.addAttribute("verdicts", GroupAggregates.VERDICTS);
		model.addAttribute("verdict", emptyToNull(verdict));
		model.addAttribute("sort", (sort == null || sort.isEmpty()) ? "date" : sort);
		model.addAttribute("sorts", List.of("date", "name", "hi", "him"));
		return "counselor/group";
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	static String joinUrl(String code) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/join/{code}").build(code).toString();
	}

}
