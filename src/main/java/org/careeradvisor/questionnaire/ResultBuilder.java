package org.careeradvisor.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.careeradvisor.catalog.CatalogQueries.CatalogSnapshot;
import org.careeradvisor.catalog.CatalogQueries.CertificationRules;
import org.careeradvisor.catalog.CatalogQueries.EligibilityRoute;
import org.careeradvisor.catalog.ExperienceKind;
import org.careeradvisor.catalog.Figure;
import org.careeradvisor.catalog.Licence;
import org.careeradvisor.catalog.RouteCheck;
import org.careeradvisor.questionnaire.Assessment.Contribution;
import org.careeradvisor.questionnaire.Recommendations.CareerFit;
import org.careeradvisor.questionnaire.Recommendations.CertificationOption;
import org.careeradvisor.results.ResultSnapshot;
import org.careeradvisor.results.ResultSnapshot.Answer;
import org.careeradvisor.results.ResultSnapshot.CareerLink;
import org.careeradvisor.results.ResultSnapshot.CareerMatch;
import org.careeradvisor.results.ResultSnapshot.CertificationMatch;
import org.careeradvisor.results.ResultSnapshot.DimensionScore;
import org.careeradvisor.results.ResultSnapshot.NextDegree;
import org.careeradvisor.results.ResultSnapshot.Profile;
import org.careeradvisor.results.ResultSnapshot.ProgramMatch;
import org.careeradvisor.results.ResultSnapshot.Reason;
import org.careeradvisor.results.ResultSnapshot.Strength;

/**
 * Freezes an assessment and its recommendations into the snapshot that is stored and
 * shown.
 */
final class ResultBuilder {

	/** How many answers each group of reasons names. */
	static final int REASONS = 3;

	static final int STRENGTHS = 2;

	private ResultBuilder() {
	}

	static ResultSnapshot build(int version, Form form, List<Item> items, Map<String, Integer> answers, Context context,
			Assessment assessment, Recommendations recommendations, CatalogSnapshot catalog, Instant now) {
		boolean unclear = assessment.verdict() == Verdict.UNCLEAR;
		ResultSnapshot snapshot = new ResultSnapshot(version, catalog.version(), form.name(), now,
				round(assessment.hi()), round(assessment.him()), assessment.verdict().name(), catalog.edition(),
				assessment.dimensions()
					.stream()
					.map((d) -> new DimensionScore(d.code(), d.name(), round(d.score()), d.lean().name()))
					.toList(),
				List.of(), List.of(), recommendations.careers().stream().map(ResultBuilder::career).toList(),
				recommendations.certifications().stream().map(ResultBuilder::certification).toList(),
				recommendations.programs()
					.stream()
					.map((p) -> new ProgramMatch(p.slug(), p.name(), p.discipline().name(), p.level().name()))
					.toList(),
				profile(context, catalog),
				items.stream().map((item) -> new Answer(item.code(), item.text(), answers.get(item.code()))).toList(),
				ResultSnapshot.CURRENT_FORMAT, (int) ScoringEngine.CLOSE_CALL,
				unclear ? List.of()
						: assessment.strengths(STRENGTHS)
							.stream()
							.map((d) -> new Strength(d.code(), d.name(), d.lean().name()))
							.toList(),
				unclear ? List.of() : reasons(assessment), nextDegree(recommendations.nextDegree()), null);
		return snapshot.withTranslations(translations(snapshot, catalog));
	}

	/**
	 * The catalog's translations of the texts this result shows, and no others.
	 */
	private static Map<String, Map<String, String>> translations(ResultSnapshot snapshot, CatalogSnapshot catalog) {
		Map<String, Map<String, String>> kept = new TreeMap<>();
		Set<String> shown = snapshot.catalogTexts();
		catalog.translations().forEach((language, texts) -> {
			Map<String, String> used = new TreeMap<>();
			shown.stream().filter(texts::containsKey).forEach((text) -> used.put(text, texts.get(text)));
			kept.put(language, used);
		});
		return kept;
	}

	/**
	 * The strongest few answers of each group: liked or disliked, toward HI or HIM.
	 */
	private static List<Reason> reasons(Assessment assessment) {
		List<Reason> reasons = new ArrayList<>();
		for (boolean towardHi : List.of(true, false)) {
			for (boolean liked : List.of(true, false)) {
				assessment.reasons(towardHi, liked, REASONS)
					.stream()
					.map((c) -> reason(c, towardHi ? "HI" : "HIM"))
					.forEach(reasons::add);
			}
		}
		return List.copyOf(reasons);
	}

	private static Reason reason(Contribution c, String toward) {
		return new Reason(c.code(), c.text(), c.answer(), Math.round(c.points() * 10) / 10.0, c.label(), toward,
				c.liked());
	}

	private static Profile profile(Context context, CatalogSnapshot catalog) {
		Map<String, Integer> experience = new LinkedHashMap<>();
		Stream.of(ExperienceKind.values())
			.filter(context.experience()::containsKey)
			.forEach((kind) -> experience.put(kind.name(), context.experience().get(kind)));
		List<String> credentials = catalog.certifications()
			.stream()
			.filter((c) -> context.credentials().contains(c.slug()))
			.map(CertificationRules::acronym)
			.toList();
		return new Profile(context.completed().name(), context.plan().name(),
				experience.values().stream().mapToInt(Integer::intValue).sum(), context.licence() != Licence.NONE,
				experience, credentials, context.licence().name());
	}

	private static NextDegree nextDegree(Recommendations.NextDegree next) {
		if (next == null) {
			return null;
		}
		return new NextDegree(next.level().name(),
				next.careers().stream().map((c) -> new CareerLink(c.slug(), c.title())).toList());
	}

	private static CareerMatch career(CareerFit fit) {
		Figure figure = fit.career().figure();
		return new CareerMatch(fit.career().slug(), fit.career().title(), fit.career().affinity().name(), fit.fit(),
				fit.label().name(), fit.career().entryEducation().name(), fit.licenceMissing(),
				(figure != null) ? figure.medianPayUsd() : null, (figure != null) ? figure.growthPct() : null,
				(figure != null) ? figure.status().name() : null, fit.career().entryEducationNote(),
				(fit.career().usualLicence() != null) ? fit.career().usualLicence().name() : null,
				fit.career().figureOccupation());
	}

	private static CertificationMatch certification(CertificationOption option) {
		CertificationRules rules = option.certification();
		RouteCheck check = option.check();
		EligibilityRoute route = check.route();
		return new CertificationMatch(rules.slug(), rules.acronym(), rules.fullName(), check.status().name(),
				(check.education() != null) ? check.education().name() : null,
				(route != null) ? route.programSlug() : null, (route != null) ? route.programName() : null,
				check.years(), (route != null) ? route.description() : null,
				check.experienceKinds().stream().map(Enum::name).toList(), check.prepared(),
				(route != null) ? route.preparation() : null, (route != null) ? route.extraConditions() : null,
				route != null && route.openExam(), rules.officialUrl());
	}

	private static int round(double score) {
		return (int) Math.round(score);
	}

}
