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
import org.careeradvisor.catalog.CatalogEditing.Stale;
import org.careeradvisor.catalog.CatalogEditing.StaleDraftException;
import org.careeradvisor.staff.StaffUser;
import org.careeradvisor.web.NotFoundException;

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

	private static final String SLUG = "[a-z0-9-]{1,80}";

	private final CatalogEditing editing;

	private final CatalogReleases releases;

	CatalogAdminController(CatalogEditing editing, CatalogReleases releases) {
		this.editing = editing;
		this.releases = releases;
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
		model.addAttribute("careers", this.editing.careers());
		return "admin/catalog/careers";
	}

	@GetMapping("/careers/new")
	String newCareer(Model model) {
		model.addAttribute("careerForm", CareerForm.empty());
		return careerPage(model, null, null);
	}

	@PostMapping("/careers")
	String create(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute CareerForm careerForm,
			BindingResult binding, Model model, HttpServletResponse response) {
		checkTasks(careerForm, binding);
		Optional<String> slug = binding.hasErrors() ? Optional.empty()
				: this.editing.createCareer(careerForm, who(user));
		if (slug.isEmpty()) {
			if (!binding.hasErrors()) {
				binding.rejectValue("title", "admin.career.title.taken");
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return careerPage(model, null, null);
		}
		return "redirect:/admin/catalog/careers/" + slug.get() + "/edit?saved";
	}

	@GetMapping("/careers/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		model.addAttribute("careerForm", this.editing.careerForm(checked(slug)));
		return careerPage(model, slug, null);
	}

	@PostMapping("/careers/{slug}/edit")
	String save(@AuthenticationPrincipal StaffUser user, @PathVariable String slug,
			@Valid @ModelAttribute CareerForm careerForm, BindingResult binding, Model model,
			HttpServletResponse response) {
		checked(slug);
		checkTasks(careerForm, binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return careerPage(model, slug, null);
		}
		CatalogEditing.Saved saved;
		try {
			saved = this.editing.saveCareer(slug, careerForm, who(user));
		}
		catch (StaleDraftException ex) {
			// Someone saved in the same instant: ask again, which now finds their draft.
			saved = this.editing.saveCareer(slug, careerForm, who(user));
		}
		if (saved instanceof Stale stale) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("careerForm", stale.form());
			return careerPage(model, slug, stale.conflict());
		}
		return "redirect:/admin/catalog/careers/" + ((Draft) saved).slug() + "/edit?saved";
	}

	@GetMapping("/careers/{slug}/history")
	String history(@PathVariable String slug, Model model) {
		model.addAttribute("slug", slug);
		model.addAttribute("itemTitle", this.editing.careerTitle(checked(slug)).orElseThrow(() -> notFound()));
		model.addAttribute("history", this.editing.careerHistory(slug));
		return "admin/catalog/history";
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
		if (binding.hasErrors()) {
			return publishPage(model, HttpServletResponse.SC_BAD_REQUEST, response);
		}
		int release = this.editing.publish(publishForm.note(), who(user));
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

	private String careerPage(Model model, String slug, CatalogEditing.Conflict conflict) {
		model.addAttribute("slug", slug);
		if (slug != null) {
			model.addAttribute("itemTitle", this.editing.careerTitle(slug).orElseThrow(() -> notFound()));
		}
		model.addAttribute("conflict", conflict);
		model.addAttribute("affinities", Affinity.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("licences", LicenceNeed.values());
		return "admin/catalog/career";
	}

	private static String refuse(Model model, HttpServletResponse response, List<FiguresFile.Problem> problems) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("problems", problems);
		return "admin/catalog/figures";
	}

	/** Every task line fits its column. */
	private static void checkTasks(CareerForm form, BindingResult binding) {
		if (CareerForm.lines(form.tasks()).stream().anyMatch((task) -> task.length() > 500)) {
			binding.rejectValue("tasks", "admin.career.tasks.long");
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
