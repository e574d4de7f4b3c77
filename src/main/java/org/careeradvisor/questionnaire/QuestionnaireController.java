package org.careeradvisor.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.ExperienceKind;
import org.careeradvisor.catalog.Licence;
import org.careeradvisor.counselor.Groups.GroupInvite;
import org.careeradvisor.questionnaire.QuestionnaireService.GroupChoice;
import org.careeradvisor.questionnaire.QuestionnaireService.InvalidAbout;
import org.careeradvisor.questionnaire.QuestionnaireService.MissingAnswers;
import org.careeradvisor.questionnaire.QuestionnaireService.Moved;
import org.careeradvisor.questionnaire.QuestionnaireService.PageOutcome;
import org.careeradvisor.questionnaire.QuestionnaireService.Sheet;
import org.careeradvisor.web.BadRequestException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The questionnaire: choose a form, answer pages of about ten questions, say a little
 * about yourself, submit. Every step is a plain form post, so it all works without
 * JavaScript; each page's address resumes the draft.
 */
@Controller
@RequestMapping("/questionnaire")
class QuestionnaireController {

	static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

	private static final Set<String> PAGE_ACTIONS = Set.of("next", "back", "save");

	private static final Set<String> ABOUT_ACTIONS = Set.of("submit", "back", "save");

	private final QuestionnaireService questionnaire;

	private final QuestionTexts texts;

	QuestionnaireController(QuestionnaireService questionnaire, QuestionTexts texts) {
		this.questionnaire = questionnaire;
		this.texts = texts;
	}

	/**
	 * The start page; with a group's code (typed here, or from its join link) it says
	 * whose group will see the result, or that no open group has that code.
	 */
	@GetMapping
	String intro(@RequestParam(required = false) String group, Model model, HttpServletResponse response) {
		model.addAttribute("sizes", this.questionnaire.formSizes());
		if (group != null) {
			Optional<GroupInvite> invite = this.questionnaire.group(group);
			invite.ifPresent((g) -> model.addAttribute("group", g));
			if (invite.isEmpty()) {
				response
					.setStatus(group.isBlank() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
				model.addAttribute("groupCode", group);
			}
		}
		return "questionnaire/intro";
	}

	@PostMapping
	String start(@RequestParam("form") List<Form> forms, @RequestParam(required = false) String group) {
		if (forms.size() != 1) {
			throw new BadRequestException("error.400", "Expected one form, got " + forms.size());
		}
		return "redirect:/questionnaire/" + this.questionnaire.start(forms.get(0), group)
			.orElseThrow(() -> new BadRequestException("error.group.closed", "No open group: " + group)) + "/1";
	}

	/**
	 * The resume link: goes to the first page with an unanswered question, or to the last
	 * page; once submitted, to the result.
	 */
	@GetMapping("/{token}")
	String resume(@PathVariable String token) {
		Sheet sheet = this.questionnaire.sheet(token);
		if (sheet.submitted()) {
			return "redirect:/results/manage/" + sheet.resultManageToken();
		}
		return sheet.firstIncompletePage()
			.map((page) -> "redirect:/questionnaire/" + token + "/" + page)
			.orElse("redirect:/questionnaire/" + token + "/about");
	}

	@GetMapping("/{token}/{page:\\d+}")
	String page(@PathVariable String token, @PathVariable int page, Model model) {
		Sheet sheet = this.questionnaire.sheet(token);
		if (sheet.submitted()) {
			return "redirect:/results/manage/" + sheet.resultManageToken();
		}
		sheet.checkPage(page);
		return showPage(sheet, page, sheet.answers(), Set.of(), model);
	}

	@PostMapping("/{token}/{page:\\d+}")
	String answerPage(@PathVariable String token, @PathVariable int page,
			@RequestParam(defaultValue = "next") String action, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response) {
		checkAction(action, PAGE_ACTIONS);
		try {
			return show(this.questionnaire.answerPage(token, page, action, params), model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			// Another request changed this draft meanwhile: show the page as it now is.
			return "redirect:/questionnaire/" + token + "/" + page;
		}
	}

	@GetMapping("/{token}/about")
	String about(@PathVariable String token, Model model) {
		Sheet sheet = this.questionnaire.aboutSheet(token);
		if (sheet.submitted()) {
			return "redirect:/results/manage/" + sheet.resultManageToken();
		}
		model.addAttribute("aboutYouForm", sheet.about());
		model.addAttribute("groupChoice", new GroupChoice(sheet.groupNickname(), sheet.groupShare()));
		return showAbout(sheet, model);
	}

	/**
	 * Saves, goes back or submits. A double submit lands on the same result: the second
	 * request either sees the draft already submitted, or loses the optimistic lock and
	 * then sees it.
	 */
	@PostMapping("/{token}/about")
	String answerAbout(@PathVariable String token, @RequestParam(defaultValue = "submit") String action,
			@Valid @ModelAttribute AboutYouForm aboutYouForm, BindingResult errors,
			@RequestParam(required = false) String groupNickname, @RequestParam(required = false) String groupShare,
			Model model, HttpServletResponse response) {
		checkAction(action, ABOUT_ACTIONS);
		GroupChoice group = new GroupChoice(groupNickname, "yes".equals(groupShare));
		model.addAttribute("groupChoice", group);
		try {
			return show(this.questionnaire.about(token, action, aboutYouForm, errors, group), model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return "redirect:/questionnaire/" + token;
		}
	}

	private String show(PageOutcome outcome, Model model, HttpServletResponse response) {
		if (outcome instanceof Moved moved) {
			return "redirect:" + moved.location();
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		if (outcome instanceof MissingAnswers missing) {
			model.addAttribute("incomplete", missing.atSubmit());
			return showPage(missing.sheet(), missing.page(), missing.shown(), missing.missing(), model);
		}
		return showAbout(((InvalidAbout) outcome).sheet(), model);
	}

	@GetMapping("/{token}/saved")
	String saved(@PathVariable String token, Model model) {
		Sheet sheet = this.questionnaire.sheet(token);
		model.addAttribute("resumeUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/questionnaire/{t}").build(token));
		model.addAttribute("answered", sheet.answered());
		model.addAttribute("total", sheet.items().size());
		return "questionnaire/saved";
	}

	private String showPage(Sheet sheet, int page, Map<String, Integer> answers, Set<String> missing, Model model) {
		List<Item> items = sheet.page(page);
		int first = sheet.items().indexOf(items.get(0)) + 1;
		Locale locale = LocaleContextHolder.getLocale();
		List<QuestionView> questions = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = this.texts.in(sheet.version(), items.get(i), locale);
			questions.add(new QuestionView(first + i, item.code(), item.text(), item.hint(), answers.get(item.code()),
					missing.contains(item.code())));
		}
		model.addAttribute("questions", questions);
		model.addAttribute("missingCount", missing.size());
		addProgress(sheet, page, model);
		return "questionnaire/page";
	}

	private String showAbout(Sheet sheet, Model model) {
		addProgress(sheet, sheet.pageCount(), model);
		model.addAttribute("educationDone", List.of(EducationLevel.values()));
		model.addAttribute("educationPlanned", List.of(EducationPlan.values()));
		model.addAttribute("experienceFields",
				Stream.of(ExperienceKind.values())
					.map((kind) -> new ExperienceField(kind, AboutYouForm.YEAR_FIELDS.get(kind)))
					.toList());
		model.addAttribute("credentialOptions", this.questionnaire.credentials());
		model.addAttribute("licences", List.of(Licence.values()));
		this.questionnaire.group(sheet).ifPresent((group) -> model.addAttribute("group", group));
		return "questionnaire/about";
	}

	private static void addProgress(Sheet sheet, int page, Model model) {
		model.addAttribute("token", sheet.token());
		model.addAttribute("form", sheet.form());
		model.addAttribute("page", page);
		model.addAttribute("pageCount", sheet.pageCount());
		model.addAttribute("answered", sheet.answered());
		model.addAttribute("total", sheet.items().size());
		model.addAttribute("scale", SCALE);
	}

	private static void checkAction(String action, Set<String> allowed) {
		if (!allowed.contains(action)) {
			throw new BadRequestException("error.400", "Unknown action " + action);
		}
	}

	/**
	 * One question as the page shows it.
	 */
	record QuestionView(int number, String code, String text, String hint, Integer answer, boolean missing) {

		/**
		 * The ids of the hint and error that describe each answer, or {@code null}.
		 */
		public String describedBy() {
			String ids = ((this.hint != null) ? "hint-" + this.code : "") + " "
					+ (this.missing ? "error-" + this.code : "");
			return ids.isBlank() ? null : ids.strip();
		}

	}

	/**
	 * One kind of experience on the about-you page and the form field for its years.
	 */
	record ExperienceField(ExperienceKind kind, String field) {
	}

}
