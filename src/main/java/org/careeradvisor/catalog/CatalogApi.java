package org.careeradvisor.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerCertificationRepository;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CatalogRelease;
import org.careeradvisor.catalog.internal.CatalogReleaseRepository;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.CertificationRouteRepository;
import org.careeradvisor.catalog.internal.ProgramRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CatalogApi implements CatalogQueries {

	private final CatalogReleaseRepository releases;

	private final CareerRepository careers;

	private final CareerCertificationRepository careerCertifications;

	private final CertificationRouteRepository routes;

	private final CertificationRepository certifications;

	private final ProgramRepository programs;

	CatalogApi(CatalogReleaseRepository releases, CareerRepository careers,
			CareerCertificationRepository careerCertifications, CertificationRouteRepository routes,
			CertificationRepository certifications, ProgramRepository programs) {
		this.releases = releases;
		this.careers = careers;
		this.careerCertifications = careerCertifications;
		this.routes = routes;
		this.certifications = certifications;
		this.programs = programs;
	}

	@Override
	public CatalogSnapshot snapshot() {
		CatalogRelease release = this.releases.current();
		int edition = release.getFigureEdition();
		Map<Long, List<String>> credentials = this.careerCertifications.findAllWithCertification()
			.stream()
			.collect(Collectors.groupingBy((cc) -> cc.getCareer().getId(), LinkedHashMap::new,
					Collectors.mapping((cc) -> cc.getCertification().getSlug(), Collectors.toList())));
		List<CareerSummary> careerSummaries = this.careers.findAllWithOutlook()
			.stream()
			.map((c) -> new CareerSummary(c.getSlug(), c.getTitle(), c.getAffinity(), c.getEntryEducation(),
					c.getEntryEducationNote(), c.getUsualLicence(), c.getFigureOccupation(),
					c.figure(edition).orElse(null), credentials.getOrDefault(c.getId(), List.of())))
			.toList();
		Map<Long, List<EligibilityRoute>> routesByCertification = this.routes.findAllWithParts()
			.stream()
			.collect(Collectors.groupingBy((r) -> r.getCertification().getId(), LinkedHashMap::new,
					Collectors.mapping(CatalogMapper::route, Collectors.toList())));
		List<CertificationRules> rules = this.certifications.findByRetiredFalseOrderByAcronym()
			.stream()
			.map((c) -> new CertificationRules(c.getSlug(), c.getAcronym(), c.getFullName(), c.getDiscipline(),
					c.getOfficialUrl(), routesByCertification.getOrDefault(c.getId(), List.of())))
			.toList();
		List<ProgramSummary> programSummaries = this.programs.findAllWithCareers()
			.stream()
			.map((p) -> new ProgramSummary(p.getSlug(), p.getName(), p.getDiscipline(), p.getLevel(),
					p.getCareers().stream().map(Career::getSlug).toList()))
			.toList();
		return new CatalogSnapshot(String.valueOf(release.getRelease()), edition, careerSummaries, rules,
				programSummaries);
	}

	@Override
	public List<CertificationName> certificationNames() {
		return this.certifications.findAllByOrderByAcronym()
			.stream()
			.map((c) -> new CertificationName(c.getSlug(), c.getAcronym(), c.getFullName()))
			.toList();
	}

}
