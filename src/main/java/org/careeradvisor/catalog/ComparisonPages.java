package org.careeradvisor.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogTexts.Texts;
import org.careeradvisor.catalog.Views.CareerRow;
import org.careeradvisor.catalog.Views.Comparison;
import org.careeradvisor.catalog.Views.CompetencyCount;
import org.careeradvisor.catalog.Views.DecimalRange;
import org.careeradvisor.catalog.Views.DisciplineColumn;
import org.careeradvisor.catalog.Views.IntRange;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerCompetency;
import org.careeradvisor.catalog.internal.CareerCompetencyRepository;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.Certification;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.Competency;
import org.careeradvisor.catalog.internal.Discipline;
import org.careeradvisor.catalog.internal.DisciplineRepository;
import org.careeradvisor.catalog.internal.Program;
import org.careeradvisor.catalog.internal.ProgramRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.careeradvisor.catalog.CatalogMapper.link;
import static org.careeradvisor.catalog.CatalogMapper.row;

/**
 * HI and HIM side by side (the home page and the comparison), computed from the catalog.
 */
@Service
@Transactional(readOnly = true)
class ComparisonPages {

	private final CatalogReleases releases;

	private final DisciplineRepository disciplines;

	private final CareerRepository careers;

	private final CareerCompetencyRepository careerCompetencies;

	private final ProgramRepository programs;

	private final CertificationRepository certifications;

	private final CatalogTexts texts;

	ComparisonPages(CatalogReleases releases, DisciplineRepository disciplines, CareerRepository careers,
			CareerCompetencyRepository careerCompetencies, ProgramRepository programs,
			CertificationRepository certifications, CatalogTexts texts) {
		this.texts = texts;
		this.releases = releases;
		this.disciplines = disciplines;
		this.careers = careers;
		this.careerCompetencies = careerCompetencies;
		this.programs = programs;
		this.certifications = certifications;
	}

	/**
	 * HI and HIM side by side, computed from the catalog rather than written by hand.
	 */
	Comparison compare() {
		Texts t = this.texts.current();
		List<Career> allCareers = this.careers.findAllWithOutlook();
		List<CareerCompetency> links = this.careerCompetencies.findAllWithCareerAndCompetency()
			.stream()
			.filter((cc) -> !cc.getCareer().isRetired())
			.toList();
		List<Program> allPrograms = this.programs.findCurrent();
		List<Certification> allCertifications = this.certifications.findByRetiredFalseOrderByAcronym();
		List<DisciplineColumn> columns = new ArrayList<>();
		for (Discipline discipline : this.disciplines.findAllByOrderByPosition()) {
			DisciplineCode code = discipline.getCode();
			List<CareerRow> rows = allCareers.stream()
				.filter((c) -> c.getAffinity().includes(code))
				.map((c) -> CatalogMapper.row(c, this.releases.figureEdition(), t))
				.sorted(Comparator.comparing(CareerRow::pay, Comparator.nullsLast(Comparator.reverseOrder())))
				.toList();
			String key = code.name();
			columns.add(new DisciplineColumn(code, discipline.getSlug(),
					t.of("DISCIPLINE", key, "name", discipline.getName()),
					t.of("DISCIPLINE", key, "summary", discipline.getSummary()),
					t.of("DISCIPLINE", key, "focus", discipline.getFocus()),
					t.of("DISCIPLINE", key, "daily_work", discipline.getDailyWork()),
					t.of("DISCIPLINE", key, "typical_settings", discipline.getTypicalSettings()), rows, payRange(rows),
					growthRange(rows), topCompetencies(links, code, t),
					allPrograms.stream()
						.filter((p) -> p.getDiscipline() == code)
						.sorted(CatalogMapper.PROGRAM_ORDER)
						.map((p) -> link(p, t))
						.toList(),
					allCertifications.stream()
						.filter((c) -> c.getDiscipline().includes(code))
						.map((c) -> link(c, null))
						.toList()));
		}
		return new Comparison(this.releases.figureEdition(), columns);
	}

	private static List<CompetencyCount> topCompetencies(List<CareerCompetency> links, DisciplineCode code, Texts t) {
		Map<Competency, Long> counts = links.stream()
			.filter((cc) -> cc.getImportance() == Importance.CORE && cc.getCareer().getAffinity().includes(code))
			.collect(Collectors.groupingBy(CareerCompetency::getCompetency, LinkedHashMap::new, Collectors.counting()));
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Competency, Long>comparingByValue()
				.reversed()
				.thenComparing((e) -> e.getKey().getPosition()))
			.limit(6)
			.map((e) -> new CompetencyCount(link(e.getKey(), Importance.CORE.name(), t), e.getValue()))
			.toList();
	}

	private static IntRange payRange(List<CareerRow> rows) {
		List<Integer> pays = rows.stream().map(CareerRow::pay).filter(Objects::nonNull).toList();
		return pays.isEmpty() ? null : new IntRange(pays.stream().min(Integer::compare).orElseThrow(),
				pays.stream().max(Integer::compare).orElseThrow());
	}

	private static DecimalRange growthRange(List<CareerRow> rows) {
		List<BigDecimal> growth = rows.stream().map(CareerRow::growth).filter(Objects::nonNull).toList();
		return growth.isEmpty() ? null : new DecimalRange(growth.stream().min(BigDecimal::compareTo).orElseThrow(),
				growth.stream().max(BigDecimal::compareTo).orElseThrow());
	}

}
