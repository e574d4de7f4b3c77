package org.careeradvisor.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.Views.CareerLink;
import org.careeradvisor.catalog.Views.CareerPage;
import org.careeradvisor.catalog.Views.CareerRow;
import org.careeradvisor.catalog.Views.CertificationLink;
import org.careeradvisor.catalog.Views.CertificationPage;
import org.careeradvisor.catalog.Views.CertificationRow;
import org.careeradvisor.catalog.Views.Comparison;
import org.careeradvisor.catalog.Views.CompetencyCount;
import org.careeradvisor.catalog.Views.CompetencyLink;
import org.careeradvisor.catalog.Views.CompetencyRow;
import org.careeradvisor.catalog.Views.DecimalRange;
import org.careeradvisor.catalog.Views.DisciplineColumn;
import org.careeradvisor.catalog.Views.FrameworkGroup;
import org.careeradvisor.catalog.Views.Hit;
import org.careeradvisor.catalog.Views.IntRange;
import org.careeradvisor.catalog.Views.OpenedCertification;
import org.careeradvisor.catalog.Views.ProgramLink;
import org.careeradvisor.catalog.Views.ProgramPage;
import org.careeradvisor.catalog.Views.ProgramRow;
import org.careeradvisor.catalog.Views.RouteView;
import org.careeradvisor.catalog.Views.SearchResults;
import org.careeradvisor.catalog.Views.StepView;
import org.careeradvisor.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalog and shapes it into views. Every method runs a fixed number of
 * queries, whatever the number of rows.
 */
@Service
@Transactional(readOnly = true)
class CatalogService {

	private static final Comparator<Program> PROGRAM_ORDER = Comparator.comparing(Program::getDiscipline)
		.thenComparing(Program::getLevel)
		.thenComparing(Program::getName);

	private final CatalogReleases releases;

	private final DisciplineRepository disciplines;

	private final CareerRepository careers;

	private final CareerCompetencyRepository careerCompetencies;

	private final CareerCertificationRepository careerCertifications;

	private final CareerStepRepository steps;

	private final CertificationRepository certifications;

	private final CertificationRouteRepository routes;

	private final ProgramRepository programs;

	private final ProgramCompetencyRepository programCompetencies;

	private final CompetencyRepository competencies;

	CatalogService(CatalogReleases releases, DisciplineRepository disciplines, CareerRepository careers,
			CareerCompetencyRepository careerCompetencies, CareerCertificationRepository careerCertifications,
			CareerStepRepository steps, CertificationRepository certifications, CertificationRouteRepository routes,
			ProgramRepository programs, ProgramCompetencyRepository programCompetencies,
			CompetencyRepository competencies) {
		this.releases = releases;
		this.disciplines = disciplines;
		this.careers = careers;
		this.careerCompetencies = careerCompetencies;
		this.careerCertifications = careerCertifications;
		this.steps = steps;
		this.certifications = certifications;
		this.routes = routes;
		this.programs = programs;
		this.programCompetencies = programCompetencies;
		this.competencies = competencies;
	}

	int outlookEdition() {
		return this.releases.figureEdition();
	}

	List<CareerRow> careers(CareerFilter filter) {
		Comparator<CareerRow> byTitle = Comparator.comparing(CareerRow::title);
		Comparator<CareerRow> order = switch (filter.sortOrDefault()) {
			case PAY -> Comparator.comparing(CareerRow::pay, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(byTitle);
			case GROWTH -> Comparator.comparing(CareerRow::growth, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(byTitle);
			case TITLE -> byTitle;
		};
		return this.careers.findAllWithOutlook()
			.stream()
			.filter((career) -> filter.discipline() == null || career.getAffinity().includes(filter.discipline()))
			.filter((career) -> filter.education() == null || career.getEntryEducation() == filter.education())
			.map(this::row)
			.sorted(order)
			.toList();
	}

	CareerPage career(String slug) {
		Career career = this.careers.findDetailedBySlug(slug).orElseThrow(() -> new NotFoundException("Career"));
		List<StepView> next = new ArrayList<>();
		List<StepView> feeders = new ArrayList<>();
		for (CareerStep step : this.steps.findTouching(career)) {
			boolean outgoing = step.getFrom().getId().equals(career.getId());
			Career other = outgoing ? step.getTo() : step.getFrom();
			StepView view = new StepView(link(other), step.getKind(), step.getMinYears(), step.getMaxYears(),
					step.getYearsBasis(),
					(step.getCertification() != null) ? link(step.getCertification(), null) : null,
					step.getDescription());
			(outgoing ? next : feeders).add(view);
		}
		int edition = outlookEdition();
		List<Figure> earlier = career.figures().stream().filter((f) -> f.edition() != edition).toList();
		return new CareerPage(row(career), career.getSummary(), career.getOnetCode(), career.getOnetTitle(),
				career.getBlsOccupation(), career.getSharedFiguresNote(), career.getEntryEducationNote(),
				SourceLinks.parse(career.getSourceUrls()), career.getAsOf(), career.getTasks(), earlier,
				this.careerCompetencies.findByCareer(career)
					.stream()
					.map((cc) -> link(cc.getCompetency(), cc.getImportance().name()))
					.toList(),
				this.careerCertifications.findByCareer(career)
					.stream()
					.map((cc) -> link(cc.getCertification(), cc.getRelevance().name()))
					.toList(),
				next, feeders, this.programs.findByCareer(career).stream().map(CatalogService::link).toList(),
				career.isRetired());
	}

	List<CertificationRow> certifications() {
		return this.certifications.findAllByOrderByAcronym().stream().map(CatalogService::row).toList();
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
				certification.getOfficialUrl(), SourceLinks.parse(certification.getSourceUrls()),
				certification.getAsOf(), routeViews,
				this.careerCertifications.findByCertification(certification)
					.stream()
					.map((cc) -> link(cc.getCareer()))
					.toList(),
				this.programs.findByPreparedCertification(certification).stream().map(CatalogService::link).toList());
	}

	List<ProgramRow> programs() {
		return this.programs.findAll().stream().sorted(PROGRAM_ORDER).map(CatalogService::row).toList();
	}

	ProgramPage program(String slug) {
		Program program = this.programs.findDetailedBySlug(slug).orElseThrow(() -> new NotFoundException("Program"));
		Map<String, OpenedCertification> atGraduation = new LinkedHashMap<>();
		Map<String, OpenedCertification> afterExperience = new LinkedHashMap<>();
		for (CertificationRoute route : this.routes.findAllWithParts()) {
			Certification certification = route.getCertification();
			Integer years = route.getMinYearsExperience();
			boolean hasYears = years != null && years > 0;
			if (route.getRequiredProgram() != null) {
				if (route.getRequiredProgram().getId().equals(program.getId())) {
					keepShortest(hasYears ? afterExperience : atGraduation, certification, hasYears ? years : null,
							route.getDescription());
				}
			}
			else if (route.getRequiredCertification() == null && hasYears && opensByDegree(route, program)) {
				keepShortest(afterExperience, certification, years, route.getDescription());
			}
		}
		atGraduation.keySet().forEach(afterExperience::remove);
		List<OpenedCertification> later = afterExperience.values()
			.stream()
			.sorted(Comparator.comparing(OpenedCertification::years))
			.toList();
		return new ProgramPage(row(program), program.getAccreditationNote(), program.getAdmission(),
				program.getNextSteps(), program.getStatus(), SourceLinks.parse(program.getSourceUrls()),
				program.getAsOf(),
				this.programCompetencies.findByProgram(program)
					.stream()
					.map((pc) -> link(pc.getCompetency(), pc.getCoverage().name()))
					.toList(),
				program.getPreparesFor().stream().map((c) -> link(c, null)).toList(),
				List.copyOf(atGraduation.values()), later,
				program.getCareers().stream().map(CatalogService::link).toList());
	}

	List<FrameworkGroup> competencies() {
		Map<Long, List<CareerLink>> coreFor = this.careerCompetencies.findAllWithCareerAndCompetency()
			.stream()
			.filter((cc) -> cc.getImportance() == Importance.CORE)
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

	/**
	 * HI and HIM side by side, computed from the catalog rather than written by hand.
	 */
	Comparison compare() {
		List<Career> allCareers = this.careers.findAllWithOutlook();
		List<CareerCompetency> links = this.careerCompetencies.findAllWithCareerAndCompetency();
		List<Program> allPrograms = this.programs.findAll();
		List<Certification> allCertifications = this.certifications.findAllByOrderByAcronym();
		List<DisciplineColumn> columns = new ArrayList<>();
		for (Discipline discipline : this.disciplines.findAllByOrderByPosition()) {
			DisciplineCode code = discipline.getCode();
			List<CareerRow> rows = allCareers.stream()
				.filter((c) -> c.getAffinity().includes(code))
				.map(this::row)
				.sorted(Comparator.comparing(CareerRow::pay, Comparator.nullsLast(Comparator.reverseOrder())))
				.toList();
			columns.add(new DisciplineColumn(code, discipline.getSlug(), discipline.getName(), discipline.getSummary(),
					discipline.getFocus(), discipline.getDailyWork(), discipline.getTypicalSettings(), rows,
					payRange(rows), growthRange(rows), topCompetencies(links, code),
					allPrograms.stream()
						.filter((p) -> p.getDiscipline() == code)
						.sorted(PROGRAM_ORDER)
						.map(CatalogService::link)
						.toList(),
					allCertifications.stream()
						.filter((c) -> c.getDiscipline().includes(code))
						.map((c) -> link(c, null))
						.toList()));
		}
		return new Comparison(outlookEdition(), columns);
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

	private static List<CompetencyCount> topCompetencies(List<CareerCompetency> links, DisciplineCode code) {
		Map<Competency, Long> counts = links.stream()
			.filter((cc) -> cc.getImportance() == Importance.CORE && cc.getCareer().getAffinity().includes(code))
			.collect(Collectors.groupingBy(CareerCompetency::getCompetency, LinkedHashMap::new, Collectors.counting()));
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Competency, Long>comparingByValue()
				.reversed()
				.thenComparing((e) -> e.getKey().getPosition()))
			.limit(6)
			.map((e) -> new CompetencyCount(link(e.getKey(), Importance.CORE.name()), e.getValue()))
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

	private static boolean opensByDegree(CertificationRoute route, Program program) {
		EducationLevel needed = route.getMinEducation();
		return needed != null && needed.atLeast(EducationLevel.ASSOCIATE)
				&& program.getLevel().education().atLeast(needed)
				&& route.getCertification().getDiscipline().includes(program.getDiscipline());
	}

	private static void keepShortest(Map<String, OpenedCertification> opened, Certification certification,
			Integer years, String description) {
		OpenedCertification candidate = new OpenedCertification(link(certification, null), years, description);
		opened.merge(certification.getSlug(), candidate,
				(a, b) -> (a.years() == null || (b.years() != null && a.years() <= b.years())) ? a : b);
	}

	private CareerRow row(Career career) {
		return new CareerRow(career.getSlug(), career.getTitle(), career.getAffinity(), career.getEntryEducation(),
				career.isClinicalLicenceUsual(), career.figure(outlookEdition()).orElse(null));
	}

	private static CertificationRow row(Certification c) {
		return new CertificationRow(c.getSlug(), c.getAcronym(), c.getFullName(), c.getIssuingBody(), c.getDiscipline(),
				c.getSummary(), c.getEligibilityStatus());
	}

	private static ProgramRow row(Program p) {
		return new ProgramRow(p.getSlug(), p.getName(), p.getDiscipline(), p.getLevel(), p.getSummary(),
				p.getTypicalLength(), p.getAccreditation());
	}

	private static CareerLink link(Career career) {
		return new CareerLink(career.getSlug(), career.getTitle());
	}

	private static CertificationLink link(Certification c, String relevance) {
		return new CertificationLink(c.getSlug(), c.getAcronym(), c.getFullName(), relevance);
	}

	private static ProgramLink link(Program p) {
		return new ProgramLink(p.getSlug(), p.getName(), p.getLevel(), p.getDiscipline());
	}

	private static CompetencyLink link(Competency c, String weight) {
		return new CompetencyLink(c.getSlug(), c.getName(), c.getDomainCode(), c.getFramework().getName(), weight,
				c.getNameStatus());
	}

}
