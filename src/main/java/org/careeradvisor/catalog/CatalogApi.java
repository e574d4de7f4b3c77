package org.careeradvisor.catalog;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogTexts.Texts;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerCertificationRepository;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CatalogRelease;
import org.careeradvisor.catalog.internal.CatalogReleaseRepository;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.CertificationRoute;
import org.careeradvisor.catalog.internal.CertificationRouteRepository;
import org.careeradvisor.catalog.internal.Program;
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

	private final CatalogTexts texts;

	CatalogApi(CatalogReleaseRepository releases, CareerRepository careers,
			CareerCertificationRepository careerCertifications, CertificationRouteRepository routes,
			CertificationRepository certifications, ProgramRepository programs, CatalogTexts texts) {
		this.texts = texts;
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
		List<Career> allCareers = this.careers.findAllWithOutlook();
		List<CertificationRoute> allRoutes = this.routes.findAllWithParts();
		List<Program> allPrograms = this.programs.findAllWithCareers();
		List<CareerSummary> careerSummaries = allCareers.stream()
			.map((c) -> new CareerSummary(c.getSlug(), c.getTitle(), c.getAffinity(), c.getEntryEducation(),
					c.getEntryEducationNote(), c.getUsualLicence(), c.getFigureOccupation(),
					c.figure(edition).orElse(null), credentials.getOrDefault(c.getId(), List.of())))
			.toList();
		Map<Long, List<EligibilityRoute>> routesByCertification = allRoutes.stream()
			.collect(Collectors.groupingBy((r) -> r.getCertification().getId(), LinkedHashMap::new,
					Collectors.mapping(CatalogMapper::route, Collectors.toList())));
		List<CertificationRules> rules = this.certifications.findByRetiredFalseOrderByAcronym()
			.stream()
			.map((c) -> new CertificationRules(c.getSlug(), c.getAcronym(), c.getFullName(), c.getDiscipline(),
					c.getOfficialUrl(), routesByCertification.getOrDefault(c.getId(), List.of())))
			.toList();
		List<ProgramSummary> programSummaries = allPrograms.stream()
			.map((p) -> new ProgramSummary(p.getSlug(), p.getName(), p.getDiscipline(), p.getLevel(),
					p.getCareers().stream().map(Career::getSlug).toList()))
			.toList();
		return new CatalogSnapshot(String.valueOf(release.getRelease()), edition, careerSummaries, rules,
				programSummaries, translations(allCareers, allRoutes, allPrograms));
	}

	/**
	 * The texts a result may show, by language: English text to its translation, so that
	 * a result keeps the wording of the catalog it was computed from in every language.
	 */
	private Map<String, Map<String, String>> translations(List<Career> careers, List<CertificationRoute> routes,
			List<Program> programs) {
		Map<String, Map<String, String>> all = new TreeMap<>();
		for (String language : this.texts.languages()) {
			Texts t = this.texts.in(Locale.forLanguageTag(language));
			Map<String, String> texts = new HashMap<>();
			BiConsumer<String, String> put = (english, translated) -> {
				if (english != null && !english.equals(translated)) {
					texts.put(english, translated);
				}
			};
			for (Career c : careers) {
				put.accept(c.getTitle(), t.career(c.getSlug(), "title", c.getTitle()));
				put.accept(c.getEntryEducationNote(),
						t.career(c.getSlug(), "entry_education_note", c.getEntryEducationNote()));
				put.accept(c.getFigureOccupation(),
						t.career(c.getSlug(), "figure_occupation", c.getFigureOccupation()));
			}
			for (CertificationRoute r : routes) {
				String slug = r.getCertification().getSlug();
				String prefix = "route." + r.getPosition() + ".";
				put.accept(r.getDescription(), t.certification(slug, prefix + "description", r.getDescription()));
				put.accept(r.getPreparation(), t.certification(slug, prefix + "preparation", r.getPreparation()));
				put.accept(r.getExtraConditions(),
						t.certification(slug, prefix + "extra_conditions", r.getExtraConditions()));
			}
			for (Program p : programs) {
				put.accept(p.getName(), t.program(p.getSlug(), "name", p.getName()));
			}
			all.put(language, Map.copyOf(texts));
		}
		return all;
	}

	@Override
	public List<CertificationName> certificationNames() {
		return this.certifications.findAllByOrderByAcronym()
			.stream()
			.map((c) -> new CertificationName(c.getSlug(), c.getAcronym(), c.getFullName()))
			.toList();
	}

}
