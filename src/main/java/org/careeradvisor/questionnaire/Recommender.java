package org.careeradvisor.questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.Affinity;
import org.careeradvisor.catalog.Applicant;
import org.careeradvisor.catalog.CatalogQueries.CareerSummary;
import org.careeradvisor.catalog.CatalogQueries.CatalogSnapshot;
import org.careeradvisor.catalog.CatalogQueries.CertificationRules;
import org.careeradvisor.catalog.CatalogQueries.ProgramSummary;
import org.careeradvisor.catalog.DisciplineCode;
import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.questionnaire.Assessment.DimensionScore;
import org.careeradvisor.questionnaire.Recommendations.CareerFit;
import org.careeradvisor.questionnaire.Recommendations.CertificationOption;
import org.careeradvisor.questionnaire.Recommendations.FitLabel;
import org.careeradvisor.questionnaire.Recommendations.NextDegree;

/**
 * Matches an assessment to the catalog: careers by interest fit within the person's
 * education plan (those needing a licence they lack after the rest), certifications by
 * their eligibility routes, programs by the careers they lead to. Plain Java.
 */
final class Recommender {

	static final int CAREERS = 6;

	static final int CERTIFICATIONS = 8;

	static final int PROGRAMS = 4;

	static final int NEXT_DEGREE_CAREERS = 3;

	/** Careers put in front first, then by fit. */
	private static final Comparator<CareerFit> CAREER_ORDER = Comparator.comparing(CareerFit::licenceMissing)
		.thenComparing(Comparator.comparingInt(CareerFit::fit).reversed())
		.thenComparing((f) -> f.career().title());

	private final Map<String, Map<String, Double>> careerProfiles;

	/**
	 * @param careerProfiles for each career slug, how much it draws on each dimension
	 */
	Recommender(Map<String, Map<String, Double>> careerProfiles) {
		this.careerProfiles = Map.copyOf(careerProfiles);
	}

	Recommendations recommend(Assessment assessment, Context context, CatalogSnapshot catalog) {
		if (assessment.verdict() == Verdict.UNCLEAR) {
			// Answers that cannot tell the fields apart cannot rank careers either.
			return Recommendations.none();
		}
		Map<String, Double> interest = assessment.dimensions()
			.stream()
			.collect(Collectors.toMap(DimensionScore::code, DimensionScore::score));
		Applicant applicant = context.applicant();
		List<CareerFit> ranked = catalog.careers()
			.stream()
			.filter((career) -> reachable(career.entryEducation(), applicant.reach()))
			.map((career) -> fit(career, interest, applicant))
			.flatMap(Optional::stream)
			.sorted(CAREER_ORDER)
			.toList();
		List<CareerFit> careers = (assessment.verdict() == Verdict.CLOSE) ? bothSides(ranked) : limit(ranked);
		return new Recommendations(careers, certifications(careers, applicant, catalog),
				programs(careers, assessment.verdict(), applicant, catalog),
				nextDegree(interest, applicant, catalog).orElse(null));
	}

	private static List<CareerFit> limit(List<CareerFit> ranked) {
		return ranked.stream().limit(CAREERS).toList();
	}

	/**
	 * For a close call, the best careers of each side in turn, so that neither field is
	 * left out.
	 */
	private static List<CareerFit> bothSides(List<CareerFit> ranked) {
		return interleave(ranked.stream().filter((f) -> f.career().affinity() != Affinity.HIM).toList(),
				ranked.stream().filter((f) -> f.career().affinity() != Affinity.HI).toList(), CAREERS)
			.stream()
			.sorted(CAREER_ORDER)
			.toList();
	}

	/**
	 * The first of each list in turn, without repeats, until {@code limit} are chosen.
	 */
	static <T> List<T> interleave(List<T> first, List<T> second, int limit) {
		Set<T> chosen = new LinkedHashSet<>();
		for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
			for (List<T> list : List.of(first, second)) {
				if (i < list.size() && chosen.size() < limit) {
					chosen.add(list.get(i));
				}
			}
		}
		return List.copyOf(chosen);
	}

	private Optional<CareerFit> fit(CareerSummary career, Map<String, Double> interest, Applicant applicant) {
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
		boolean licenceMissing = career.usualLicence() != null && !career.usualLicence().metBy(applicant.licence());
		return Optional.of(new CareerFit(career, fit, FitLabel.of(fit), licenceMissing));
	}

	private static boolean reachable(EducationLevel entry, EducationLevel reach) {
		return !entry.isDefined() || reach.atLeast(entry);
	}

	/**
	 * Careers the next level of education above the plan would add, best fit first; only
	 * those that fit at least well, so that a degree is never suggested for a poor fit.
	 */
	private Optional<NextDegree> nextDegree(Map<String, Double> interest, Applicant applicant,
			CatalogSnapshot catalog) {
		Optional<EducationLevel> next = catalog.careers()
			.stream()
			.map(CareerSummary::entryEducation)
			.filter(EducationLevel::isDefined)
			.filter((level) -> !applicant.reach().atLeast(level))
			.min(Comparator.naturalOrder());
		return next
			.map((level) -> new NextDegree(level,
					catalog.careers()
						.stream()
						.filter((career) -> career.entryEducation() == level)
						.map((career) -> fit(career, interest, applicant))
						.flatMap(Optional::stream)
						.sorted(CAREER_ORDER)
						.limit(NEXT_DEGREE_CAREERS)
						.map(CareerFit::career)
						.toList()))
			.filter((degree) -> !degree.careers().isEmpty());
	}

	private static List<CertificationOption> certifications(List<CareerFit> careers, Applicant applicant,
			CatalogSnapshot catalog) {
		Map<String, CertificationRules> bySlug = catalog.certifications()
			.stream()
			.collect(Collectors.toMap(CertificationRules::slug, Function.identity()));
		Set<String> candidates = new LinkedHashSet<>();
		careers.forEach((fit) -> candidates.addAll(fit.career().certificationSlugs()));
		List<CertificationOption> options = new ArrayList<>();
		for (String slug : candidates) {
			CertificationRules rules = bySlug.get(slug);
			if (rules != null && !applicant.holds(slug)) {
				rules.nearest(applicant).map((check) -> new CertificationOption(rules, check)).ifPresent(options::add);
			}
		}
		return options.stream()
			.sorted(Comparator.comparing((CertificationOption o) -> o.check().status())
				.thenComparingInt((o) -> o.check().years()))
			.limit(CERTIFICATIONS)
			.toList();
	}

	private static List<ProgramSummary> programs(List<CareerFit> careers, Verdict verdict, Applicant applicant,
			CatalogSnapshot catalog) {
		Set<String> careerSlugs = careers.stream().map((f) -> f.career().slug()).collect(Collectors.toSet());
		Comparator<ProgramSummary> byUse = Comparator
			.comparingLong((ProgramSummary p) -> p.careerSlugs().stream().filter(careerSlugs::contains).count())
			.reversed()
			.thenComparing(ProgramSummary::level)
			.thenComparing(ProgramSummary::name);
		Predicate<ProgramSummary> useful = (p) -> applicant.reach().atLeast(p.level().education())
				&& p.careerSlugs().stream().anyMatch(careerSlugs::contains);
		if (verdict == Verdict.CLOSE) {
			return interleave(programsOf(catalog, DisciplineCode.HI, useful, byUse),
					programsOf(catalog, DisciplineCode.HIM, useful, byUse), PROGRAMS);
		}
		DisciplineCode discipline = (verdict == Verdict.HI) ? DisciplineCode.HI : DisciplineCode.HIM;
		return programsOf(catalog, discipline, useful, byUse).stream().limit(PROGRAMS).toList();
	}

	private static List<ProgramSummary> programsOf(CatalogSnapshot catalog, DisciplineCode discipline,
			Predicate<ProgramSummary> useful, Comparator<ProgramSummary> order) {
		return catalog.programs()
			.stream()
			.filter((p) -> p.discipline() == discipline)
			.filter(useful)
			.sorted(order)
			.toList();
	}

}
