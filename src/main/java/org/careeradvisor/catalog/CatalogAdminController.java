package org.careeradvisor.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.careeradvisor.catalog.CatalogEditing.Draft;
import org.careeradvisor.catalog.CatalogEditing.ItemRow;
import org.careeradvisor.catalog.CatalogEditing.OutdatedDraftException;
import org.careeradvisor.catalog.CatalogEditing.Saved;
import org.careeradvisor.catalog.CatalogEditing.Stale;
import org.careeradvisor.catalog.CatalogEditing.StaleDraftException;
import org.careeradvisor.staff.StaffUser;
import org.careeradvisor.web.BadRequestException;
import org.careeradvisor.web.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' catalog pages: careers edited as drafts, a yearly figures upload
 * with its preview, item histories, and publishing every draft as a release.
 */
@Controller
@RequestMapping("/admin/catalog")
class CatalogAdminController {

	private static final String SLUG = "[a-z0-9-]{1,80}|[a-z0-9-]{1,80}--[a-z0-9-]{1,80}";

	private final CatalogEditing editing;

	private final CatalogReleases releases;

	private final CareerItems careers;

	private final CompetencyItems competencies;

	private final CertificationItems certifications;

	private final ProgramItems programs;

	private final StepItems steps;

	private final CatalogOptions options;

	private final ItemTranslations translations;

	CatalogAdminController(CatalogEditing editing, CatalogReleases releases, CareerItems careers,
			CompetencyItems competencies, CertificationItems certifications, ProgramItems programs, StepItems steps,
			CatalogOptions options, ItemTranslations translations) {
		this.translations = translations;
		this.options = options;
		this.steps = steps;
		this.programs = programs;
		this.certifications = certifications;
		this.editing = editing;
		this.releases = releases;
		this.careers = careers;
		this.competencies = competencies;
	}

	/** The release notes an administrator writes when publishing. */
	record PublishForm(@NotBlank(message = "{admin.publish.note.required}") @Size(max = 2000,
			message = "{admin.tooLong}") String note) {
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("release", this.editing.release());
		model.addAttribute("drafts", this.editing.drafts());
		model.addAttribute("releases", this.editing.releases());
		return "admin/catalog/overview";
	}

	@GetMapping("/careers")
	String careers(Model model) {
		return list(this.careers, this.careers.rows(), model);
	}

	@GetMapping("/careers/new")
	String newCareer(Model model) {
		model.addAttribute("careerForm",
				CareerForm.empty()
					.withFigures(CareerForm.FigureForm.of(this.releases.figureEdition(), null, null, null, null, "",
							List.of(), null)));
		return editPage(this.careers, model, null, null);
	}

	@PostMapping("/careers")
	String createCareer(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute CareerForm careerForm,
			BindingResult binding, Model model, HttpServletResponse response) {
		readable(careerForm, binding);
		checkCareer(careerForm, binding);
		return create(this.careers, careerForm, binding, model, response, user);
	}

	@GetMapping("/careers/{slug}/edit")
	String editCareer(@PathVariable String slug, Model model) {
		return edit(this.careers, slug, model);
	}

	@PostMapping("/careers/{slug}/edit")
	String saveCareer(@AuthenticationPrincipal StaffUser user, @PathVariable String slug,
			@Valid @ModelAttribute CareerForm careerForm, BindingResult binding, Model model,
			HttpServletResponse response) {
		readable(careerForm, binding);
		checkCareer(careerForm, binding);
		return save(this.careers, slug, careerForm, binding, model, response, user);
	}

	@GetMapping("/careers/{slug}/history")
	String careerHistory(@PathVariable String slug, Model model) {
		return history(this.careers, slug, model);
	}

	@GetMapping("/certifications")
	String certifications(Model model) {
		return list(this.certifications, this.certifications.rows(), model);
	}

	@GetMapping("/certifications/new")
	String newCertification(Model model) {
		model.addAttribute("certificationForm", CertificationForm.empty());
		return editPage(this.certifications, model, null, null);
	}

	@PostMapping("/certifications")
	String createCertification(@AuthenticationPrincipal StaffUser user,
			@Valid @ModelAttribute CertificationForm certificationForm, BindingResult binding, Model model,
			HttpServletResponse response) {
		readable(certificationForm, binding);
		checkCertification(certificationForm, null, binding);
		return create(this.certifications, certificationForm, binding, model, response, user);
	}

	@GetMapping("/certifications/{slug}/edit")
	String editCertification(@PathVariable String slug, Model model) {
		model.addAttribute("certificationForm",
				this.editing.form(this.certifications, checked(slug)).withRoomForRoutes());
		return editPage(this.certifications, model, slug, null);
	}

	@PostMapping("/certifications/{slug}/edit")
	String saveCertification(@AuthenticationPrincipal StaffUser user, @PathVariable String slug,
			@Valid @ModelAttribute CertificationForm certificationForm, BindingResult binding, Model model,
			HttpServletResponse response) {
		readable(certificationForm, binding);
		checkCertification(certificationForm, slug, binding);
		return save(this.certifications, slug, certificationForm, binding, model, response, user);
	}

	@GetMapping("/certifications/{slug}/history")
	String certificationHistory(@PathVariable String slug, Model model) {
		return history(this.certifications, slug, model);
	}

	@GetMapping("/programs")
	String programs(Model model) {
		return list(this.programs, this.programs.rows(), model);
	}

	@GetMapping("/programs/new")
	String newProgram(Model model) {
		model.addAttribute("programForm", ProgramForm.empty());
		return editPage(this.programs, model, null, null);
	}

	@PostMapping("/programs")
	String createProgram(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute ProgramForm programForm,
			BindingResult binding, Model model, HttpServletResponse response) {
		readable(programForm, binding);
		checkProgram(programForm, binding);
		return create(this.programs, programForm, binding, model, response, user);
	}

	@GetMapping("/programs/{slug}/edit")
	String editProgram(@PathVariable String slug, Model model) {
		return edit(this.programs, slug, model);
	}

	@PostMapping("/programs/{slug}/edit")
	String saveProgram(@AuthenticationPrincipal StaffUser user, @PathVariable String slug,
			@Valid @ModelAttribute ProgramForm programForm, BindingResult binding, Model model,
			HttpServletResponse response) {
		readable(programForm, binding);
		checkProgram(programForm, binding);
		return save(this.programs, slug, programForm, binding, model, response, user);
	}

	@GetMapping("/programs/{slug}/history")
	String programHistory(@PathVariable String slug, Model model) {
		return history(this.programs, slug, model);
	}

	@GetMapping("/steps")
	String steps(Model model) {
		return list(this.steps, this.steps.rows(), model);
	}

	@GetMapping("/steps/new")
	String newStep(Model model) {
		model.addAttribute("stepForm", StepForm.empty());
		return editPage(this.steps, model, null, null);
	}

	@PostMapping("/steps")
	String createStep(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute StepForm stepForm,
			BindingResult binding, Model model, HttpServletResponse response) {
		readable(stepForm, binding);
		checkStep(stepForm, binding);
		return create(this.steps, stepForm, binding, model, response, user);
	}

	@GetMapping("/steps/{slug}/edit")
	String editStep(@PathVariable String slug, Model model) {
		return edit(this.steps, slug, model);
	}

	@PostMapping("/steps/{slug}/edit")
	String saveStep(@AuthenticationPrincipal StaffUser user, @PathVariable String slug,
			@Valid @ModelAttribute StepForm stepForm, BindingResult binding, Model model,
			HttpServletResponse response) {
		readable(stepForm, binding);
		checkStep(stepForm, binding);
		if (!binding.hasErrors() && !slug.equals(StepForm.slug(stepForm.fromCareer(), stepForm.toCareer()))) {
			// The careers name the step: changing them is a new step.
			binding.rejectValue("toCareer", "admin.step.careers.fixed");
		}
		return save(this.steps, slug, stepForm, binding, model, response, user);
	}

	@GetMapping("/steps/{slug}/history")
	String stepHistory(@PathVariable String slug, Model model) {
		return history(this.steps, slug, model);
	}

	@GetMapping("/competencies")
	String competencies(Model model) {
		return list(this.competencies, this.competencies.rows(), model);
	}

	@GetMapping("/competencies/new")
	String newCompetency(Model model) {
		model.addAttribute("competencyForm", CompetencyForm.empty());
		return editPage(this.competencies, model, null, null);
	}

	@PostMapping("/competencies")
	String createCompetency(@AuthenticationPrincipal StaffUser user,
			@Valid @ModelAttribute CompetencyForm competencyForm, BindingResult binding, Model model,
			HttpServletResponse response) {
		readable(competencyForm, binding);
		checkCompetency(competencyForm, binding);
		return create(this.competencies, competencyForm, binding, model, response, user);
	}

	@GetMapping("/competencies/{slug}/edit")
	String editCompetency(@PathVariable String slug, Model model) {
		return edit(this.competencies, slug, model);
	}

	@PostMapping("/competencies/{slug}/edit")
	String saveCompetency(@AuthenticationPrincipal StaffUser user, @PathVariable String slug,
			@Valid @ModelAttribute CompetencyForm competencyForm, BindingResult binding, Model model,
			HttpServletResponse response) {
		readable(competencyForm, binding);
		checkCompetency(competencyForm, binding);
		return save(this.competencies, slug, competencyForm, binding, model, response, user);
	}

	@GetMapping("/competencies/{slug}/history")
	String competencyHistory(@PathVariable String slug, Model model) {
		return history(this.competencies, slug, model);
	}

	@GetMapping("/figures")
	String figures(Model model) {
		model.addAttribute("edition", this.releases.figureEdition() + 1);
		return "admin/catalog/figures";
	}

	@PostMapping("/figures")
	String upload(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String edition,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		Integer year = year(edition);
		model.addAttribute("edition", (year != null) ? year : edition);
		if (year == null) {
			return refuse(model, response,
					List.of(new FiguresFile.Problem(0, "admin.figures.error.edition", List.of())));
		}
		if (file == null || file.isEmpty()) {
			return refuse(model, response,
					List.of(new FiguresFile.Problem(0, "admin.figures.error.noFile", List.of())));
		}
		FiguresFile.Parsed parsed;
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			parsed = FiguresFile.read(year, reader);
		}
		if (!parsed.valid()) {
			return refuse(model, response, parsed.problems());
		}
		this.editing.saveFigures(year, parsed.rows(), who(user));
		return "redirect:/admin/catalog/figures/" + year;
	}

	@GetMapping("/figures/{edition}")
	String preview(@PathVariable String edition, Model model) {
		Integer year = year(edition);
		model.addAttribute("preview",
				this.editing.figuresPreview((year != null) ? year : 0).orElseThrow(() -> notFound()));
		return "admin/catalog/preview";
	}

	@PostMapping("/drafts/{id}/discard")
	String discard(@PathVariable long id) {
		this.editing.discard(id);
		return "redirect:/admin/catalog?discarded";
	}

	@GetMapping("/publish")
	String publishPage(Model model) {
		model.addAttribute("publishForm", new PublishForm(""));
		return publishPage(model, HttpServletResponse.SC_OK, null);
	}

	@PostMapping("/publish")
	String publish(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute PublishForm publishForm,
			BindingResult binding, Model model, HttpServletResponse response) {
		readable(publishForm, binding);
		if (binding.hasErrors()) {
			return publishPage(model, HttpServletResponse.SC_BAD_REQUEST, response);
		}
		int release;
		try {
			release = this.editing.publish(publishForm.note(), who(user));
		}
		catch (OutdatedDraftException ex) {
			model.addAttribute("outdated", ex);
			return publishPage(model, HttpServletResponse.SC_CONFLICT, response);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// A draft was saved while publishing: nothing was published; look again.
			model.addAttribute("changed", true);
			return publishPage(model, HttpServletResponse.SC_CONFLICT, response);
		}
		// After the commit, on a connection of its own: the public pages move to it.
		this.releases.refresh();
		return "redirect:/admin/catalog?published=" + release;
	}

	private String publishPage(Model model, int status, HttpServletResponse response) {
		if (response != null) {
			response.setStatus(status);
		}
		model.addAttribute("release", this.editing.release());
		model.addAttribute("drafts", this.editing.drafts());
		return "admin/catalog/publish";
	}

	// The same steps for every kind of item

	private String list(EditableItem<?> type, List<ItemRow> rows, Model model) {
		model.addAttribute("path", type.path());
		model.addAttribute("items", this.editing.items(type, rows));
		return "admin/catalog/items";
	}

	private <F extends Record & ItemForm<F>> String edit(EditableItem<F> type, String slug, Model model) {
		model.addAttribute(formName(type), this.editing.form(type, checked(slug)));
		return editPage(type, model, slug, null);
	}

	private <F extends Record & ItemForm<F>> String create(EditableItem<F> type, F form, BindingResult binding,
			Model model, HttpServletResponse response, StaffUser user) {
		if (!binding.hasErrors() && type.newSlug(form).isEmpty()) {
			binding.rejectValue(type.path().equals("careers") ? "title" : "name", "admin.title.noSlug");
		}
		Optional<String> slug = binding.hasErrors() ? Optional.empty() : created(type, form, user);
		if (slug.isEmpty()) {
			if (!binding.hasErrors()) {
				binding.rejectValue(type.path().equals("careers") ? "title" : "name", "admin.title.taken");
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editPage(type, model, null, null);
		}
		return "redirect:/admin/catalog/" + type.path() + "/" + slug.get() + "/edit?saved";
	}

	private <F extends Record & ItemForm<F>> Optional<String> created(EditableItem<F> type, F form, StaffUser user) {
		try {
			return this.editing.create(type, form, who(user));
		}
		catch (StaleDraftException ex) {
			// Someone created the same item in the same instant: it is taken.
			return Optional.empty();
		}
	}

	private <F extends Record & ItemForm<F>> String save(EditableItem<F> type, String slug, F form,
			BindingResult binding, Model model, HttpServletResponse response, StaffUser user) {
		checked(slug);
		if (binding.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editPage(type, model, slug, null);
		}
		Saved<F> saved;
		try {
			saved = this.editing.save(type, slug, form, who(user));
		}
		catch (StaleDraftException ex) {
			// Someone saved in the same instant: asking again finds their draft and shows
			// it.
			saved = this.editing.save(type, slug, form.withVersions(form.baseVersion(), -1), who(user));
		}
		if (saved instanceof Stale<F> stale) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute(formName(type), (stale.form() instanceof CertificationForm certification)
					? certification.withRoomForRoutes() : stale.form());
			return editPage(type, model, slug, stale.conflict());
		}
		return "redirect:/admin/catalog/" + type.path() + "/" + ((Draft<F>) saved).slug() + "/edit?saved";
	}

	private String history(EditableItem<?> type, String slug, Model model) {
		model.addAttribute("editLink", "/admin/catalog/" + type.path() + "/" + checked(slug) + "/edit");
		model.addAttribute("itemTitle", this.editing.title(type, slug).orElseThrow(() -> notFound()));
		model.addAttribute("history", this.editing.history(type, slug));
		return "admin/catalog/history";
	}

	private String editPage(EditableItem<?> type, Model model, String slug, CatalogEditing.Conflict conflict) {
		model.addAttribute("slug", slug);
		model.addAttribute("conflict", conflict);
		ItemForm<?> form = model.asMap()
			.values()
			.stream()
			.filter(ItemForm.class::isInstance)
			.map(ItemForm.class::cast)
			.findFirst()
			.orElseThrow();
		model.addAttribute("translationFields", Translations.fields(type.kind(), Translations.routes(form)));
		model.addAttribute("translationLanguages", this.translations.languages());
		model.addAttribute("contentLanguage", this.translations.base());
		model.addAttribute("untranslated", Translations.missing(type.kind(), form, this.translations.languages()));
		if (slug != null) {
			model.addAttribute("itemTitle", this.editing.title(type, slug).orElseThrow(() -> notFound()));
			model.addAttribute("published", this.editing.isPublished(type, slug));
		}
		if (type == this.careers) {
			model.addAttribute("affinities", Affinity.values());
			model.addAttribute("educationLevels", EducationLevel.values());
			model.addAttribute("licences", LicenceNeed.values());
			model.addAttribute("figureStatuses",
					List.of(SourceStatus.PRIMARY, SourceStatus.THIRD_PARTY, SourceStatus.UNVERIFIED));
			model.addAttribute("competencies", this.options.competencies());
			model.addAttribute("certifications", this.options.certifications());
			return "admin/catalog/career";
		}
		if (type == this.steps) {
			model.addAttribute("kinds", StepKind.values());
			model.addAttribute("careerOptions", this.options.careers());
			model.addAttribute("certificationOptions", this.options.certifications());
			return "admin/catalog/step";
		}
		if (type == this.programs) {
			model.addAttribute("disciplines", DisciplineCode.values());
			model.addAttribute("levels", ProgramLevel.values());
			model.addAttribute("accreditations", Accreditation.values());
			model.addAttribute("statuses",
					List.of(SourceStatus.PRIMARY, SourceStatus.THIRD_PARTY, SourceStatus.UNVERIFIED));
			model.addAttribute("certificationOptions", this.options.certifications());
			model.addAttribute("careerOptions", this.options.careers());
			model.addAttribute("competencyOptions", this.options.competencies());
			return "admin/catalog/program";
		}
		if (type == this.certifications) {
			model.addAttribute("affinities", Affinity.values());
			model.addAttribute("statuses", SourceStatus.values());
			model.addAttribute("educationLevels",
					List.of(EducationLevel.values()).subList(1, EducationLevel.values().length));
			model.addAttribute("licences", LicenceNeed.values());
			model.addAttribute("kinds", ExperienceKind.values());
			model.addAttribute("programs", this.options.programs());
			model.addAttribute("credentials", this.options.certifications());
			return "admin/catalog/certification";
		}
		model.addAttribute("frameworks", this.competencies.frameworks());
		model.addAttribute("statuses",
				List.of(SourceStatus.PRIMARY, SourceStatus.THIRD_PARTY, SourceStatus.UNVERIFIED));
		return "admin/catalog/competency";
	}

	/**
	 * A form whose nested parts could not be built at all (a word where a route's years
	 * go, for example) is refused whole, with a message, rather than shown empty.
	 */
	private static void readable(Object form, BindingResult binding) {
		if (form == null || binding.getTarget() == null) {
			throw new BadRequestException("admin.form.unreadable", "Form values could not be read");
		}
	}

	private static String formName(EditableItem<?> type) {
		String name = type.formType().getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static String refuse(Model model, HttpServletResponse response, List<FiguresFile.Problem> problems) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("problems", problems);
		return "admin/catalog/figures";
	}

	/**
	 * Every task fits its column, the sources fit theirs once joined, and every linked
	 * competency and certification exists and is linked once.
	 */
	private void checkCareer(CareerForm form, BindingResult binding) {
		CareerForm.FigureForm figures = form.figures();
		if (figures != null && figures.given() && !binding.hasFieldErrors("figures.*")) {
			if (figures.statusValue() == null) {
				binding.rejectValue("figures.status", "admin.figure.status.required");
			}
			if (CareerForm.lines(figures.sources()).isEmpty()) {
				binding.rejectValue("figures.sources", "admin.figure.sources.required");
			}
			else if (CareerForm.lines(figures.sources()).stream().anyMatch((url) -> url.length() > 1000)) {
				binding.rejectValue("figures.sources", "admin.career.sourceUrls.long");
			}
		}
		if (figures != null && !binding.hasFieldErrors("figures.*")) {
			Integer edition = figures.editionValue();
			if (edition == null || edition > this.releases.figureEdition() + 1) {
				binding.rejectValue("figures.medianPayUsd", "admin.figure.edition.invalid");
			}
			if (figures.asOfValue() == null && figures.asOf() != null && !figures.asOf().isBlank()) {
				binding.rejectValue("figures.asOf", "admin.figure.asOf.invalid");
			}
		}
		if (!this.careers.knowsEveryLink(form)) {
			binding.rejectValue("coreCompetencies", "admin.career.links.unknown");
		}
		else if (CareerForm.slugs(form.coreCompetencies())
			.stream()
			.anyMatch(CareerForm.slugs(form.supportingCompetencies())::contains)
				|| CareerForm.slugs(form.expectedCertifications())
					.stream()
					.anyMatch(CareerForm.slugs(form.relatedCertifications())::contains)) {
			binding.rejectValue("coreCompetencies", "admin.career.links.twice");
		}
		if (CareerForm.lines(form.tasks()).stream().anyMatch((task) -> task.length() > 500)) {
			binding.rejectValue("tasks", "admin.career.tasks.long");
		}
		checkSources(form.sourceUrls(), binding);
	}

	private void checkCertification(CertificationForm form, String slug, BindingResult binding) {
		if (!binding.hasFieldErrors("acronym") && this.certifications.acronymTaken(form.acronym(), slug)) {
			binding.rejectValue("acronym", "admin.certification.acronym.taken");
		}
		List<CertificationForm.RouteForm> routes = (form.routes() != null) ? form.routes() : List.of();
		for (int i = 0; i < routes.size(); i++) {
			CertificationForm.RouteForm route = routes.get(i);
			if (Boolean.TRUE.equals(route.remove())) {
				continue;
			}
			boolean described = route.description() != null && !route.description().isBlank();
			boolean anything = route.minEducation() != null || !route.kinds().isEmpty()
					|| route.requiredLicence() != null || route.minYears() != null
					|| (route.requiredProgram() != null && !route.requiredProgram().isBlank())
					|| (route.requiredCertification() != null && !route.requiredCertification().isBlank());
			if (!described && anything) {
				binding.rejectValue("routes[" + i + "].description", "admin.route.description.required");
			}
			if (described && route.minYears() != null && route.minYears() > 0 && route.kinds().isEmpty()) {
				binding.rejectValue("routes[" + i + "].minYears", "admin.route.kinds.required");
			}
		}
		if (!this.certifications.knowsEveryNamedItem(form)) {
			binding.rejectValue("routes", "admin.certification.routes.unknown");
		}
		checkSources(form.sourceUrls(), binding);
	}

	private void checkProgram(ProgramForm form, BindingResult binding) {
		if (!this.programs.knowsEveryLink(form)) {
			binding.rejectValue("certifications", "admin.career.links.unknown");
		}
		else if (CareerForm.slugs(form.coreCompetencies())
			.stream()
			.anyMatch(CareerForm.slugs(form.partialCompetencies())::contains)) {
			binding.rejectValue("certifications", "admin.program.links.twice");
		}
		checkSources(form.sourceUrls(), binding);
	}

	private void checkStep(StepForm form, BindingResult binding) {
		if (binding.hasFieldErrors("fromCareer") || binding.hasFieldErrors("toCareer")) {
			return;
		}
		if (!this.steps.knowsEveryLink(form)) {
			binding.rejectValue("toCareer", "admin.step.careers.unknown");
		}
		if (form.minYears() != null && (form.yearsBasis() == null || form.yearsBasis().isBlank())) {
			binding.rejectValue("yearsBasis", "admin.step.basis.required");
		}
		if (form.minYears() != null && form.maxYears() != null && form.maxYears() < form.minYears()) {
			binding.rejectValue("maxYears", "admin.step.years.order");
		}
	}

	/** Every source address fits its row. */
	private static void checkSources(String sources, BindingResult binding) {
		if (CareerForm.lines(sources).stream().anyMatch((url) -> url.length() > 1000)) {
			binding.rejectValue("sourceUrls", "admin.career.sourceUrls.long");
		}
	}

	private void checkCompetency(CompetencyForm form, BindingResult binding) {
		if (!binding.hasFieldErrors("frameworkCode") && !this.competencies.knows(form.frameworkCode())) {
			binding.rejectValue("frameworkCode", "admin.choose");
		}
	}

	private static Integer year(String text) {
		if (text == null || !text.strip().matches("20\\d\\d")) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

	private static String checked(String slug) {
		if (!slug.matches(SLUG)) {
			throw notFound();
		}
		return slug;
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Catalog item");
	}

	private static String who(StaffUser user) {
		return user.displayName() + " (" + user.getUsername() + ")";
	}

}
