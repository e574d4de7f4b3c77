package org.careeradvisor.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogEditing.ItemRow;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CareerStep;
import org.careeradvisor.catalog.internal.CareerStepRepository;
import org.careeradvisor.catalog.internal.CatalogDraft.Kind;
import org.careeradvisor.catalog.internal.Certification;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.IdSlug;

import org.springframework.stereotype.Component;

/**
 * Career steps as administrators edit them. A step is named by its two careers
 * ({@code from--to}), which never change once it exists.
 */
@Component
class StepItems implements EditableItem<StepForm> {

	private final CareerStepRepository steps;

	private final CareerRepository careers;

	private final CertificationRepository certifications;

	private final CatalogOptions options;

	private final ItemTranslations translations;

	StepItems(CareerStepRepository steps, CareerRepository careers, CertificationRepository certifications,
			CatalogOptions options, ItemTranslations translations) {
		this.translations = translations;
		this.options = options;
		this.steps = steps;
		this.careers = careers;
		this.certifications = certifications;
	}

	@Override
	public Kind kind() {
		return Kind.CAREER_STEP;
	}

	@Override
	public Class<StepForm> formType() {
		return StepForm.class;
	}

	@Override
	public String path() {
		return "steps";
	}

	@Override
	public Optional<Published<StepForm>> published(String slug) {
		String[] careers = slug.split("--", 2);
		if (careers.length != 2) {
			return Optional.empty();
		}
		return this.steps.findBySlugs(careers[0], careers[1])
			.map((s) -> new Published<>(s.getId(), s.getVersion(), name(s), form(s)));
	}

	@Override
	public Map<Long, String> slugsOf(Collection<Long> ids) {
		return this.steps.findSlugs(ids).stream().collect(Collectors.toMap(IdSlug::id, IdSlug::slug));
	}

	List<ItemRow> rows() {
		return this.steps.findAllForAdmin()
			.stream()
			.map((s) -> new ItemRow(s.getId(), StepForm.slug(s.getFrom().getSlug(), s.getTo().getSlug()), name(s),
					s.isRetired(), false, false))
			.toList();
	}

	/** Whether both careers (two different ones) and the credential exist. */
	boolean knowsEveryLink(StepForm form) {
		return CatalogOptions.allKnown(this.options.careers(), List.of(form.fromCareer(), form.toCareer()))
				&& !form.fromCareer().equals(form.toCareer()) && CatalogOptions.allKnown(this.options.certifications(),
						java.util.Collections.singletonList(form.certification()));
	}

	@Override
	public String title(StepForm form) {
		String from = this.careers.findForEditBySlug(form.fromCareer()).map(Career::getTitle).orElse(form.fromCareer());
		String to = this.careers.findForEditBySlug(form.toCareer()).map(Career::getTitle).orElse(form.toCareer());
		return from + " \u2192 " + to;
	}

	@Override
	public String newSlug(StepForm form) {
		return StepForm.slug(form.fromCareer(), form.toCareer());
	}

	@Override
	public Applied apply(Long id, String newSlug, StepForm form) {
		CareerStep step;
		Map<String, String> before = null;
		if (id == null) {
			step = new CareerStep(
					this.careers.findForEditBySlug(form.fromCareer())
						.orElseThrow(() -> new IllegalStateException("No career")),
					this.careers.findForEditBySlug(form.toCareer())
						.orElseThrow(() -> new IllegalStateException("No career")));
		}
		else {
			String[] careers = slugOf(id).split("--", 2);
			step = this.steps.findBySlugs(careers[0], careers[1])
				.orElseThrow(() -> new IllegalStateException("No step"));
			before = form(step).values();
		}
		Certification certification = (form.certification() == null || form.certification().isBlank()) ? null
				: this.certifications.findBySlug(form.certification()).orElse(null);
		step.apply(form, certification);
		step = this.steps.save(step);
		this.translations.publish(kind(), key(step), form.translations(), 0);
		return new Applied(step.getId(), name(step), before);
	}

	private StepForm form(CareerStep step) {
		return step.toForm().withTranslations(this.translations.load(kind(), key(step)));
	}

	/** A step is named by the careers it joins, as its translations are. */
	private static String key(CareerStep step) {
		return step.getFrom().getSlug() + "--" + step.getTo().getSlug();
	}

	private static String name(CareerStep step) {
		return step.getFrom().getTitle() + " \u2192 " + step.getTo().getTitle();
	}

}
