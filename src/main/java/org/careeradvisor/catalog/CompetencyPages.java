package org.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogTexts.Texts;
import org.careeradvisor.catalog.Views.CareerLink;
import org.careeradvisor.catalog.Views.CompetencyRow;
import org.careeradvisor.catalog.Views.FrameworkGroup;
import org.careeradvisor.catalog.Views.Hit;
import org.careeradvisor.catalog.Views.SearchResults;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerCompetencyRepository;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.Certification;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.Competency;
import org.careeradvisor.catalog.internal.CompetencyFramework;
import org.careeradvisor.catalog.internal.CompetencyRepository;
import org.careeradvisor.catalog.internal.Program;
import org.careeradvisor.catalog.internal.ProgramRepository;

import org.springframework.context.i18n.LocaleContextHolder;
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

	private final CatalogTexts texts;

	CompetencyPages(CareerCompetencyRepository careerCompetencies, CompetencyRepository competencies,
			CareerRepository careers, CertificationRepository certifications, ProgramRepository programs,
			CatalogTexts texts) {
		this.texts = texts;
		this.careerCompetencies = careerCompetencies;
		this.competencies = competencies;
		this.careers = careers;
		this.certifications = certifications;
		this.programs = programs;
	}

	List<FrameworkGroup> competencies() {
		Texts t = this.texts.current();
		Map<Long, List<CareerLink>> coreFor = this.careerCompetencies.findAllWithCareerAndCompetency()
			.stream()
			.filter((cc) -> cc.getImportance() == Importance.CORE && !cc.getCareer().isRetired())
			.collect(Collectors.groupingBy((cc) -> cc.getCompetency().getId(), LinkedHashMap::new,
					Collectors.mapping((cc) -> link(cc.getCareer(), t), Collectors.toList())));
		Map<CompetencyFramework, List<CompetencyRow>> groups = new LinkedHashMap<>();
		for (Competency competency : this.competencies.findAllWithFramework()) {
			groups.computeIfAbsent(competency.getFramework(), (f) -> new ArrayList<>())
				.add(new CompetencyRow(competency.getSlug(), competency.getDomainCode(),
						t.competency(competency.getSlug(), "name", competency.getName()),
						t.competency(competency.getSlug(), "description", competency.getDescription()),
						competency.getNameStatus(), coreFor.getOrDefault(competency.getId(), List.of())));
		}
		return groups.entrySet()
			.stream()
			.map((e) -> new FrameworkGroup(e.getKey().getCode(),
					t.of("FRAMEWORK", e.getKey().getCode(), "name", e.getKey().getName()),
					t.of("FRAMEWORK", e.getKey().getCode(), "publisher", e.getKey().getPublisher()),
					t.of("FRAMEWORK", e.getKey().getCode(), "summary", e.getKey().getSummary()),
					SourceLinks.parse(e.getKey().getSourceUrl()),
					t.of("FRAMEWORK", e.getKey().getCode(), "as_of", e.getKey().getAsOf()), e.getValue()))
			.toList();
	}

	SearchResults search(String query) {
		String pattern = "%"
				+ query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Texts t = this.texts.current();
		// A reader in another language finds items by their translated texts as well.
		Map<String, Set<String>> translated = this.texts.matching(LocaleContextHolder.getLocale(), query);
		List<Hit> hits = new ArrayList<>();
		both(this.careers.search(pattern), translated, "CAREER", this.careers::findBySlugInAndRetiredFalse,
				Career::getSlug)
			.forEach((c) -> hits.add(new Hit("career", c.getSlug(), t.career(c.getSlug(), "title", c.getTitle()),
					t.career(c.getSlug(), "summary", c.getSummary()))));
		both(this.certifications.search(pattern), translated, "CERTIFICATION",
				this.certifications::findBySlugInAndRetiredFalse, Certification::getSlug)
			.forEach((c) -> hits.add(new Hit("certification", c.getSlug(), c.getAcronym() + ": " + c.getFullName(),
					t.certification(c.getSlug(), "summary", c.getSummary()))));
		both(this.programs.search(pattern), translated, "PROGRAM", this.programs::findBySlugInAndRetiredFalse,
				Program::getSlug)
			.forEach((p) -> hits.add(new Hit("program", p.getSlug(), t.program(p.getSlug(), "name", p.getName()),
					t.program(p.getSlug(), "summary", p.getSummary()))));
		both(this.competencies.search(pattern), translated, "COMPETENCY",
				this.competencies::findBySlugInAndRetiredFalse, Competency::getSlug)
			.forEach((c) -> hits.add(new Hit("competency", c.getSlug(), t.competency(c.getSlug(), "name", c.getName()),
					t.competency(c.getSlug(), "description", c.getDescription()))));
		return new SearchResults(query, hits);
	}

	/**
	 * The items found in English followed by those found only through a translation: one
	 * more query per kind, and only when a translation matched.
	 */
	private static <T> List<T> both(List<T> english, Map<String, Set<String>> translated, String kind,
			Function<Collection<String>, List<T>> bySlugs, Function<T, String> slug) {
		Set<String> more = new LinkedHashSet<>(translated.getOrDefault(kind, Set.of()));
		english.forEach((item) -> more.remove(slug.apply(item)));
		if (more.isEmpty()) {
			return english;
		}
		List<T> all = new ArrayList<>(english);
		all.addAll(bySlugs.apply(more));
		return all;
	}

}
