package org.careeradvisor.catalog;

import java.util.List;

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

	CertificationPages(CertificationRepository certifications, CertificationRouteRepository routes,
			CareerCertificationRepository careerCertifications, ProgramRepository programs) {
		this.certifications = certifications;
		this.routes = routes;
		this.careerCertifications = careerCertifications;
		this.programs = programs;
	}

	List<CertificationRow> certifications() {
		return this.certifications.findByRetiredFalseOrderByAcronym().stream().map(CatalogMapper::row).toList();
	}

	CertificationPage certification(String slug) {
		Certification certification = this.certifications.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("Certification"));
		List<RouteView> routeViews = this.routes.findByCertification(certification)
			.stream()
			.map((route) -> new RouteView(route.getDescription(), route.getMinEducation(),
					(route.getRequiredProgram() != null) ? link(route.getRequiredProgram()) : null,
					(route.getRequiredCertification() != null) ? link(route.getRequiredCertification(), null) : null,
					route.getMinYearsExperience()))
			.toList();
		return new CertificationPage(row(certification), certification.getEligibility(), certification.getExamFacts(),
				certification.getExamStatus(), certification.getRenewal(), certification.getRenewalStatus(),
				certification.getOfficialUrl(), certification.getSources(), certification.getAsOf(), routeViews,
				this.careerCertifications.findByCertification(certification)
					.stream()
					.filter((cc) -> !cc.getCareer().isRetired())
					.map((cc) -> link(cc.getCareer()))
					.toList(),
				this.programs.findByPreparedCertification(certification).stream().map(CatalogMapper::link).toList(),
				certification.isRetired());
	}

}
