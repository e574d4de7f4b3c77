package org.careeradvisor.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogEditing.ItemRow;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerCertification;
import org.careeradvisor.catalog.internal.CareerCertificationRepository;
import org.careeradvisor.catalog.internal.CareerCompetency;
import org.careeradvisor.catalog.internal.CareerCompetencyRepository;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CatalogDraft.Kind;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.CompetencyRepository;
import org.careeradvisor.catalog.internal.IdSlug;
import org.careeradvisor.catalog.internal.OutlookFigure;

import org.springframework.stereotype.Component;

/** Careers as administrators edit them. */
@Component
class CareerItems implements EditableItem<CareerForm> {

	private final CareerRepository careers;

	private final CareerCompetencyRepository careerCompetencies;

	private final CareerCertificationRepository careerCertifications;

	private final CompetencyRepository competencies;

	private final CertificationRepository certifications;

	private final CatalogOptions options;

	private final CatalogReleases releases;

	private final ItemTranslations translations;

	CareerItems(CareerRepository careers, CareerCompetencyRepository careerCompetencies,
			CareerCertificationRepository careerCertifications, CompetencyRepository competencies,
			CertificationRepository certifications, CatalogOptions options, CatalogReleases releases,
			ItemTranslations translations) {
		this.translations = translations;
		this.options = options;
		this.releases = releases;
		this.careers = careers;
		this.careerCompetencies = careerCompetencies;
		this.careerCertifications = careerCertifications;
		this.competencies = competencies;
		this.certifications = certifications;
	}

	/**
	 * Whether every competency and certification the form names exists.
	 */
	boolean knowsEveryLink(CareerForm form) {
		List<CatalogOptions.Option> competencies = this.options.competencies();
		List<CatalogOptions.Option> certifications = this.options.certifications();
		return CatalogOptions.allKnown(competencies, CareerForm.slugs(form.coreCompetencies()))
				&& CatalogOptions.allKnown(competencies, CareerForm.slugs(form.supportingCompetencies()))
				&& CatalogOptions.allKnown(certifications, CareerForm.slugs(form.expectedCertifications()))
				&& CatalogOptions.allKnown(certifications, CareerForm.slugs(form.relatedCertifications()));
	}

	private CareerForm withLinks(Career career) {
		List<CareerCompetency> competencyLinks = this.careerCompetencies.findByCareer(career);
		List<CareerCertification> certificationLinks = this.careerCertifications.findByCareer(career);
		int edition = this.releases.figureEdition();
		CareerForm.FigureForm figures = career.outlookFigure(edition)
			.map((o) -> CareerForm.FigureForm.of(edition, o.medianPayUsd(), o.employment(), o.growthPct(), o.status(),
					o.statusNote(), career.sources(edition), o.asOf()))
			.orElse(CareerForm.FigureForm.of(edition, null, null, null, null, "", List.of(), null));
		return career.toForm()
			.withTranslations(this.translations.load(kind(), career.getSlug()))
			.withFigures(figures)
			.withLinks(slugsOf(competencyLinks, Importance.CORE), slugsOf(competencyLinks, Importance.SUPPORTING),
					certificationLinks.stream()
						.filter((l) -> l.getRelevance() == Relevance.EXPECTED)
						.map((l) -> l.getCertification().getSlug())
						.toList(),
					certificationLinks.stream()
						.filter((l) -> l.getRelevance() == Relevance.RELATED)
						.map((l) -> l.getCertification().getSlug())
						.toList());
	}

	private static List<String> slugsOf(List<CareerCompetency> links, Importance importance) {
		return links.stream()
			.filter((l) -> l.getImportance() == importance)
			.map((l) -> l.getCompetency().getSlug())
			.toList();
	}

	@Override
	public Kind kind() {
		return Kind.CAREER;
	}

	@Override
	public Class<CareerForm> formType() {
		return CareerForm.class;
	}

	@Override
	public String path() {
		return "careers";
	}

	@Override
	public Optional<Published<CareerForm>> published(String slug) {
		return this.careers.findForEditBySlug(slug)
			.map((c) -> new Published<>(c.getId(), c.getVersion(), c.getTitle(), withLinks(c)));
	}

	@Override
	public Map<Long, String> slugsOf(Collection<Long> ids) {
		return this.careers.findSlugs(ids).stream().collect(Collectors.toMap(IdSlug::id, IdSlug::slug));
	}

	/** Every career for the admin list, retired ones too. */
	List<ItemRow> rows() {
		return this.careers.findAllForAdmin()
			.stream()
			.map((c) -> new ItemRow(c.getId(), c.getSlug(), c.getTitle(), c.isRetired(), false, false))
			.toList();
	}

	/** The career's competencies and certifications as the form names them. */
	private void link(Career career, CareerForm form) {
		for (String slug : CareerForm.slugs(form.coreCompetencies())) {
			this.competencies.findForEditBySlug(slug)
				.ifPresent((c) -> this.careerCompetencies.save(new CareerCompetency(career, c, Importance.CORE)));
		}
		for (String slug : CareerForm.slugs(form.supportingCompetencies())) {
			if (!CareerForm.slugs(form.coreCompetencies()).contains(slug)) {
				this.competencies.findForEditBySlug(slug)
					.ifPresent((c) -> this.careerCompetencies
						.save(new CareerCompetency(career, c, Importance.SUPPORTING)));
			}
		}
		for (String slug : CareerForm.slugs(form.expectedCertifications())) {
			this.certifications.findBySlug(slug)
				.ifPresent(
						(c) -> this.careerCertifications.save(new CareerCertification(career, c, Relevance.EXPECTED)));
		}
		for (String slug : CareerForm.slugs(form.relatedCertifications())) {
			if (!CareerForm.slugs(form.expectedCertifications()).contains(slug)) {
				this.certifications.findBySlug(slug)
					.ifPresent((c) -> this.careerCertifications
						.save(new CareerCertification(career, c, Relevance.RELATED)));
			}
		}
	}

	@Override
	public String title(CareerForm form) {
		return form.title();
	}

	@Override
	public Applied apply(Long id, String newSlug, CareerForm form) {
		Career career = (id == null) ? new Career(newSlug)
				: this.careers.findForEditBySlug(slugOf(id)).orElseThrow(() -> new IllegalStateException("No career"));
		Map<String, String> before = null;
		if (id != null) {
			before = withLinks(career).values();
			this.careerCompetencies.findByCareer(career).forEach(this.careerCompetencies::delete);
			this.careerCertifications.findByCareer(career).forEach(this.careerCertifications::delete);
			this.careerCompetencies.flush();
		}
		career.apply(form);
		CareerForm.FigureForm figures = form.figures();
		if (figures != null && figures.editionValue() != null) {
			int edition = figures.editionValue();
			if (figures.given()) {
				career.putFigure(new OutlookFigure(edition, figures.payValue(), figures.growthValue(),
						figures.statusValue(), (figures.statusNote() != null) ? figures.statusNote().strip() : "", null,
						figures.employmentValue(),
						edition + "-" + String.format(java.util.Locale.ROOT, "%02d", (edition + 10) % 100),
						figures.asOfValue()), CareerForm.lines(figures.sources()));
			}
			else {
				career.removeFigure(edition);
			}
		}
		career = this.careers.save(career);
		link(career, form);
		this.translations.publish(kind(), career.getSlug(), form.translations(), 0);
		return new Applied(career.getId(), career.getTitle(), before);
	}

}
