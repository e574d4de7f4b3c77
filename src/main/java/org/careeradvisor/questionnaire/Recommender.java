package org.careeradvisor.questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogQueries.CareerSummary;
import org.careeradvisor.catalog.CatalogQueries.CatalogSnapshot;
import org.careeradvisor.catalog.CatalogQueries.CertificationRules;
import org.careeradvisor.catalog.CatalogQueries.EligibilityRoute;
import org.careeradvisor.catalog.CatalogQueries.ProgramSummary;
import org.careeradvisor.catalog.DisciplineCode;
import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.questionnaire.Assessment.DimensionScore;
import org.careeradvisor.questionnaire.Recommendations.CareerFit;
import org.careeradvisor.questionnaire.Recommendations.CertificationOption;
import org.careeradvisor.questionnaire.Recommendations.FitLabel;
import org.careeradvisor.questionnaire.Recommendations.Reach;

/**
 * Matches an assessment to the catalog: careers by interest fit within the person's
 * education plan, certifications by their eligibility routes, programs by the careers
 * they lead to. Plain Java.
 */
final class Recommender {

	static final int CAREERS = 6;

	static final int CERTIFICATIONS = 8;

	static final int PROGRAMS = 4;

	private final Map<String, Map<String, Double>> careerProfiles;

	/**
	 * @param careerProfiles for each career slug, how much it draws on each dimension
	 */
	Recommender(Map<String, Map<String, Double>> careerProfiles) {
		this.careerProfiles = Map.copyOf(careerProfiles);
	}

	Recommendations recommend(Assessment assessment, Context context, CatalogSnapshot catalog) {
		Map<String, Double> interest = assessment.dimensions()
			.stream()
			.collect(Collectors.toMap(DimensionScore::code, DimensionScore::score));
		List<CareerFit> careers = catalog.careers()
			.stream()
			.filter((career) -> reachable(career.entryEducation(), context))
			.map((career) -> fit(career, interest, context))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingInt(CareerFit::fit).reversed().thenComparing((f) -> f.career().title()))
			.limit(CAREERS)
			.toList();
		return new Recommendations(careers, certifications(careers, context, catalog),
				programs(careers, assessment.verdict(), context, catalog));
	}

	private Optional<CareerFit> fit(CareerSummary career, Map<String, Double> interest, Context context) {
		Map<String, Double> profile = this.careerProfiles.get(career.slug());
		if (profile == null || profile.isEmpty()) {
			return Optional.empty();
		}
		double weighted = 0;
		double weights = 0;
		for (Map.Entry<String, Double> entry : profile.entrySet()) {
			weighted += entry.getValue() * interest.getOrDefault(entry.getKey(), 50.0);
			weights += entry.getValue();
		}
		int fit = (int) Math.round(weighted / weights);
		return Optional.of(new CareerFit(career, fit, FitLabel.of(fit),
				career.clinicalLicenceUsual() && !context.clinicalLicence()));
	}

	private static boolean reachable(EducationLevel entry, Context context) {
		return !entry.isDefined() || context.reach().atLeast(entry);
	}

	private static List<CertificationOption> certifications(List<CareerFit> careers, Context context,
			CatalogSnapshot catalog) {
		Map<String, CertificationRules> bySlug = catalog.certifications()
			.stream()
			.collect(Collectors.toMap(CertificationRules::slug, Function.identity()));
		Set<String> candidates = new LinkedHashSet<>();
		careers.forEach((fit) -> candidates.addAll(fit.career().certificationSlugs()));
		List<CertificationOption> options = new ArrayList<>();
		for (String slug : candidates) {
			CertificationRules rules = bySlug.get(slug);
			if (rules != null) {
				soonest(rules, context).ifPresent(options::add);
			}
		}
		return options.stream()
			.sorted(Comparator.comparing(CertificationOption::reach).thenComparingInt(CertificationOption::years))
			.limit(CERTIFICATIONS)
			.toList();
	}

	/**
	 * The soonest way into a certification that fits the person's plan, if any.
	 */
	static Optional<CertificationOption> soonest(CertificationRules rules, Context context) {
		if (rules.routes().isEmpty()) {
			return Optional.of(new CertificationOption(rules, Reach.UNCONFIRMED, null, null, null, 0, null));
		}
		return rules.routes()
			.stream()
			.map((route) -> reach(rules, route, context))
			.flatMap(Optional::stream)
			.min(Comparator.comparing(CertificationOption::reach).thenComparingInt(CertificationOption::years));
	}

	private static Optional<CertificationOption> reach(CertificationRules rules, EligibilityRoute route,
			Context context) {
		if (route.requiredCertification() != null) {
			// Routes through another credential are shown on the certification page, not
			// recommended here.
			return Optional.empty();
		}
		EducationLevel needed = route.minEducation();
		if (needed != null && !context.reach().atLeast(needed)) {
			return Optional.empty();
		}
		int years = Math.max(0, ((route.minYears() != null) ? route.minYears() : 0) - context.yearsExperience());
		if (route.programSlug() != null) {
			if (!context.reach().atLeast(route.programLevel().education())) {
				return Optional.empty();
			}
			return Optional.of(new CertificationOption(rules, Reach.AFTER_PROGRAM, null, route.programSlug(),
					route.programName(), years, route.description()));
		}
		if (needed != null && !context.completed().atLeast(needed)) {
			return Optional.of(new CertificationOption(rules, Reach.AFTER_EDUCATION, needed, null, null, years,
					route.description()));
		}
		Reach reach = (years == 0) ? Reach.NOW : Reach.AFTER_YEARS;
		return Optional.of(new CertificationOption(rules, reach, null, null, null, years, route.description()));
	}

	private static List<ProgramSummary> programs(List<CareerFit> careers, Verdict verdict, Context context,
			CatalogSnapshot catalog) {
		Set<String> careerSlugs = careers.stream().map((f) -> f.career().slug()).collect(Collectors.toSet());
		Set<DisciplineCode> disciplines = switch (verdict) {
			case HI -> Set.of(DisciplineCode.HI);
			case HIM -> Set.of(DisciplineCode.HIM);
			case CLOSE, UNCLEAR -> Set.of(DisciplineCode.HI, DisciplineCode.HIM);
		};
		EducationLevel reach = context.reach();
		Comparator<ProgramSummary> byUse = Comparator
			.comparingLong((ProgramSummary p) -> p.careerSlugs().stream().filter(careerSlugs::contains).count())
			.reversed()
			.thenComparing(ProgramSummary::level)
			.thenComparing(ProgramSummary::name);
		List<ProgramSummary> ahead = catalog.programs()
			.stream()
			.filter((p) -> disciplines.contains(p.discipline()))
			.filter((p) -> reach.atLeast(p.level().education()))
			.filter((p) -> p.careerSlugs().stream().anyMatch(careerSlugs::contains))
			.sorted(byUse)
			.limit(PROGRAMS)
			.toList();
		return ahead;
	}

}
