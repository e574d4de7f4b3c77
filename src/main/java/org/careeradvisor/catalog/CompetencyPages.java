package org.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.Views.CareerLink;
import org.careeradvisor.catalog.Views.CompetencyRow;
import org.careeradvisor.catalog.Views.FrameworkGroup;
import org.careeradvisor.catalog.Views.Hit;
import org.careeradvisor.catalog.Views.SearchResults;
import org.careeradvisor.catalog.internal.CareerCompetencyRepository;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.Competency;
import org.careeradvisor.catalog.internal.CompetencyFramework;
import org.careeradvisor.catalog.internal.CompetencyRepository;
import org.careeradvisor.catalog.internal.ProgramRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.careeradvisor.catalog.CatalogMapper.link;

/**
 * The competency frameworks with the careers that rely on each competency, and search.
 */
@Service
@Transactional(readOnly = true)
class CompetencyPages {

	private final CareerCompetencyRepository careerCompetencies;

	private final CompetencyRepository competencies;

	private final CareerRepository careers;

	private final CertificationRepository certifications;

	private final ProgramRepository programs;

	CompetencyPages(CareerCompetencyRepository careerCompetencies, CompetencyRepository competencies,
			CareerRepository careers, CertificationRepository certifications, ProgramRepository programs) {
		this.careerCompetencies = careerCompetencies;
		this.competencies = competencies;
		this.careers = careers;
		this.certifications = certifications;
		this.programs = programs;
	}

	List<FrameworkGroup> competencies() {
		Map<Long, List<CareerLink>> coreFor = this.careerCompetencies.findAllWithCareerAndCompetency()
			.stream()
			.filter((cc) -> cc.getImportance() == Importance.CORE && !cc.getCareer().isRetired())
			.collect(Collectors.groupingBy((cc) -> cc.getCompetency().getId(), LinkedHashMap::new,
					Collectors.mapping((cc) -> link(cc.getCareer()), Collectors.toList())));
		Map<CompetencyFramework, List<CompetencyRow>> groups = new LinkedHashMap<>();
		for (Competency competency : this.competencies.findAllWithFramework()) {
			groups.computeIfAbsent(competency.getFramework(), (f) -> new ArrayList<>())
				.add(new CompetencyRow(competency.getSlug(), competency.getDomainCode(), competency.getName(),
						competency.getDescription(), competency.getNameStatus(),
						coreFor.getOrDefault(competency.getId(), List.of())));
		}
		return groups.entrySet()
			.stream()
			.map((e) -> new FrameworkGroup(e.getKey().getCode(), e.getKey().getName(), e.getKey().getPublisher(),
					e.getKey().getSummary(), SourceLinks.parse(e.getKey().getSourceUrl()), e.getKey().getAsOf(),
					e.getValue()))
			.toList();
	}

	SearchResults search(String query) {
		String pattern = "%"
				+ query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<Hit> hits = new ArrayList<>();
		this.careers.search(pattern)
			.forEach((c) -> hits.add(new Hit("career", c.getSlug(), c.getTitle(), c.getSummary())));
		this.certifications.search(pattern)
			.forEach((c) -> hits
				.add(new Hit("certification", c.getSlug(), c.getAcronym() + ": " + c.getFullName(), c.getSummary())));
		this.programs.search(pattern)
			.forEach((p) -> hits.add(new Hit("program", p.getSlug(), p.getName(), p.getSummary())));
		this.competencies.search(pattern)
			.forEach((c) -> hits.add(new Hit("competency", c.getSlug(), c.getName(), c.getDescription())));
		return new SearchResults(query, hits);
	}

}
