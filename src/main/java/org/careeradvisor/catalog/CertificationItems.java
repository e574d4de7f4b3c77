package org.careeradvisor.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogEditing.ItemRow;
import org.careeradvisor.catalog.CertificationForm.RouteForm;
import org.careeradvisor.catalog.internal.CatalogDraft.Kind;
import org.careeradvisor.catalog.internal.Certification;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.CertificationRoute;
import org.careeradvisor.catalog.internal.CertificationRouteRepository;
import org.careeradvisor.catalog.internal.IdSlug;
import org.careeradvisor.catalog.internal.Program;
import org.careeradvisor.catalog.internal.ProgramRepository;

import org.springframework.stereotype.Component;

/**
 * Certifications with their eligibility routes, as administrators edit them: publishing
 * an edit rewrites the certification's routes whole, in the form's order.
 */
@Component
class CertificationItems implements EditableItem<CertificationForm> {

	private final CertificationRepository certifications;

	private final CertificationRouteRepository routes;

	private final ProgramRepository programs;

	private final CatalogOptions options;

	private final ItemTranslations translations;

	CertificationItems(CertificationRepository certifications, CertificationRouteRepository routes,
			ProgramRepository programs, CatalogOptions options, ItemTranslations translations) {
		this.translations = translations;
		this.options = options;
		this.certifications = certifications;
		this.routes = routes;
		this.programs = programs;
	}

	@Override
	public Kind kind() {
		return Kind.CERTIFICATION;
	}

	@Override
	public Class<CertificationForm> formType() {
		return CertificationForm.class;
	}

	@Override
	public String path() {
		return "certifications";
	}

	@Override
	public Optional<Published<CertificationForm>> published(String slug) {
		return this.certifications.findBySlug(slug)
			.map((c) -> new Published<>(c.getId(), c.getVersion(), c.getAcronym(),
					form(c, this.routes.findByCertification(c))));
	}

	@Override
	public Map<Long, String> slugsOf(Collection<Long> ids) {
		return this.certifications.findSlugs(ids).stream().collect(Collectors.toMap(IdSlug::id, IdSlug::slug));
	}

	List<ItemRow> rows() {
		return this.certifications.findAllByOrderByAcronym()
			.stream()
			.map((c) -> new ItemRow(c.getId(), c.getSlug(), c.getAcronym() + ": " + c.getFullName(), c.isRetired(),
					false, false))
			.toList();
	}

	/** Whether every program and credential a kept route names exists. */
	boolean knowsEveryNamedItem(CertificationForm form) {
		return CatalogOptions.allKnown(this.options.programs(),
				form.keptRoutes().stream().map(RouteForm::requiredProgram).toList())
				&& CatalogOptions.allKnown(this.options.certifications(),
						form.keptRoutes().stream().map(RouteForm::requiredCertification).toList());
	}

	/** Whether another certification has this acronym. */
	boolean acronymTaken(String acronym, String slug) {
		return acronym != null
				&& this.certifications.existsByAcronymIgnoreCaseAndSlugNot(acronym.strip(), (slug != null) ? slug : "");
	}

	@Override
	public String title(CertificationForm form) {
		return form.acronym();
	}

	@Override
	public Applied apply(Long id, String newSlug, CertificationForm form) {
		Certification certification = (id == null) ? new Certification(newSlug)
				: this.certifications.findBySlug(slugOf(id))
					.orElseThrow(() -> new IllegalStateException("No certification"));
		Map<String, String> before = null;
		if (id != null) {
			List<CertificationRoute> old = this.routes.findByCertification(certification);
			before = form(certification, old).values();
			old.forEach(this.routes::delete);
			this.routes.flush();
		}
		certification.apply(form);
		certification = this.certifications.save(certification);
		int position = 1;
		for (RouteForm route : form.keptRoutes()) {
			Program program = blank(route.requiredProgram()) ? null
					: this.programs.findBySlug(route.requiredProgram()).orElse(null);
			Certification required = blank(route.requiredCertification()) ? null
					: this.certifications.findBySlug(route.requiredCertification()).orElse(null);
			this.routes.save(new CertificationRoute(certification, position++, route, program, required));
		}
		this.translations.publish(kind(), certification.getSlug(), form.translations(), position - 1);
		return new Applied(certification.getId(), certification.getAcronym(), before);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private CertificationForm form(Certification certification, List<CertificationRoute> routes) {
		return certification.toForm(routes.stream().map(CertificationRoute::toForm).toList())
			.withTranslations(this.translations.load(kind(), certification.getSlug()));
	}

}
