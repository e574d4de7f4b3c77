package org.careeradvisor.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.careeradvisor.catalog.CatalogQueries.CatalogSnapshot;
import org.careeradvisor.catalog.Figure;
import org.careeradvisor.questionnaire.Assessment.Contribution;
import org.careeradvisor.questionnaire.Recommendations.CareerFit;
import org.careeradvisor.questionnaire.Recommendations.CertificationOption;
import org.careeradvisor.results.ResultSnapshot;
import org.careeradvisor.results.ResultSnapshot.Answer;
import org.careeradvisor.results.ResultSnapshot.CareerMatch;
import org.careeradvisor.results.ResultSnapshot.CertificationMatch;
import org.careeradvisor.results.ResultSnapshot.DimensionScore;
import org.careeradvisor.results.ResultSnapshot.Profile;
import org.careeradvisor.results.ResultSnapshot.ProgramMatch;
import org.careeradvisor.results.ResultSnapshot.Reason;

/**
 * Freezes an assessment and its recommendations into the snapshot that is stored and
 * shown.
 */
final class ResultBuilder {

	static final int REASONS = 3;

	private ResultBuilder() {
	}

	static ResultSnapshot build(int version, Form form, List<Item> items, Map<String, Integer> answers, Context context,
			Assessment assessment, Recommendations recommendations, CatalogSnapshot catalog, Instant now) {
		return new ResultSnapshot(version, catalog.version(), form.name(), now, round(assessment.hi()),
				round(assessment.him()), assessment.verdict().name(), catalog.edition(),
				assessment.dimensions()
					.stream()
					.map((d) -> new DimensionScore(d.code(), d.name(), round(d.score())))
					.toList(),
				reasons(assessment.towardHi(REASONS)), reasons(assessment.towardHim(REASONS)),
				recommendations.careers().stream().map(ResultBuilder::career).toList(),
				recommendations.certifications().stream().map(ResultBuilder::certification).toList(),
				recommendations.programs()
					.stream()
					.map((p) -> new ProgramMatch(p.slug(), p.name(), p.discipline().name(), p.level().name()))
					.toList(),
				new Profile(context.completed().name(), context.planned().name(), context.yearsExperience(),
						context.clinicalLicence()),
				items.stream().map((item) -> new Answer(item.code(), item.text(), answers.get(item.code()))).toList());
	}

	private static List<Reason> reasons(List<Contribution> contributions) {
		return contributions.stream()
			.map((c) -> new Reason(c.code(), c.text(), c.answer(), Math.round(c.points() * 10) / 10.0))
			.toList();
	}

	private static CareerMatch career(CareerFit fit) {
		Figure figure = fit.career().figure();
		return new CareerMatch(fit.career().slug(), fit.career().title(), fit.career().affinity().name(), fit.fit(),
				fit.label().name(), fit.career().entryEducation().name(), fit.needsLicence(),
				(figure != null) ? figure.medianPayUsd() : null, (figure != null) ? figure.growthPct() : null,
				(figure != null) ? figure.status().name() : null);
	}

	private static CertificationMatch certification(CertificationOption option) {
		return new CertificationMatch(option.certification().slug(), option.certification().acronym(),
				option.certification().fullName(), option.reach().name(),
				(option.education() != null) ? option.education().name() : null, option.programSlug(),
				option.programName(), option.years(), option.route());
	}

	private static int round(double score) {
		return (int) Math.round(score);
	}

}
