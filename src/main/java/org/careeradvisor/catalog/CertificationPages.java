package org.careeradvisor.catalog;

import java.util.List;

import org.careeradvisor.catalog.CatalogTexts.Texts;
import org.careeradvisor.catalog.Views.CertificationPage;
import org.careeradvisor.catalog.Views.CertificationRow;
import org.careeradvisor.catalog.Views.RouteView;
import org.careeradvisor.catalog.internal.CareerCertificationRepository;
import org.careeradvisor.catalog.internal.Certification;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.CertificationRouteRepository;
import org.careeradvisor.catalog.internal.ProgramRepository;
import org.careeradvisor.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.careeradvisor.catalog.CatalogMapper.link;
import static org.careeradvisor.catalog.CatalogMapper.row;

/**
 * The certification list and a certification's page, with its eligibility routes.
 */
@Service
@Transactional(readOnly = true)
class CertificationPages {

	private final CertificationRepository certifications;

	private final CertificationRouteRepository routes;

	private final CareerCertificationRepository careerCertifications;

	private final ProgramRepository programs;

	private final CatalogTexts texts;

	CertificationPages(CertificationRepository certifications, CertificationRouteRepository routes,
			CareerCertificationRepository careerCertifications, ProgramRepository programs, CatalogTexts texts) {
		this.texts = texts;
		this.certifications = certifications;
		this.routes = routes;
		this.careerCertifications = careerCertifications;
		this.programs = programs;
	}

	List<CertificationRow> certifications() {
		Texts t = this.texts.current();
		return this.certifications.findByRetiredFalseOrderByAcronym().stream().map((c) -> row(c, t)).toList();
	}

	CertificationPage certification(String slug) {
		Certification certification = this.certifications.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("Certification"));
		Texts t = this.texts.current();
		String own = certification.getSlug();
		List<RouteView> routeViews = this.routes.findByCertification(certification)
			.stream()
			.map((route) -> new RouteView(
					t.certification(own, "route." + route.getPosition() + ".description", route.getDescription()),
					route.getMinEducation(),
					(route.getRequiredProgram() != null) ? link(route.getRequiredProgram(), t) : null,
					(route.getRequiredCertification() != null) ? link(route.getRequiredCertification(), null) : null,
					route.getMinYearsExperience()))
			.toList();
		return new CertificationPage(row(certification, t),
				t.certification(own, "eligibility", certification.getEligibility()),
				t.certification(own, "exam_facts", certification.getExamFacts()), certification.getExamStatus(),
				t.certification(own, "renewal", certification.getRenewal()), certification.getRenewalStatus(),
				certification.getOfficialUrl(), certification.getSources(),
				t.certification(own, "as_of", certification.getAsOf()), routeViews,
				this.careerCertifications.findByCertification(certification)
					.stream()
					.filter((cc) -> !cc.getCareer().isRetired())
					.map((cc) -> link(cc.getCareer(), t))
					.toList(),
				this.programs.findByPreparedCertification(certification).stream().map((p) -> link(p, t)).toList(),
				certification.isRetired());
	}

}
