package org.careeradvisor.questionnaire;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of scoring one set of answers.
 *
 * @param hi the HI score, 0 to 100
 * @param him the HIM score, 0 to 100
 * @param verdict what the scores say
 * @param dimensions the interest score of every dimension, 0 to 100, in dimension order
 * @param contributions how many points each answer moved the difference toward HI
 * (positive) or HIM (negative); they add up to {@link #difference()}
 */
record Assessment(double hi, double him, Verdict verdict, List<DimensionScore> dimensions,
		List<Contribution> contributions) {

	double difference() {
		return this.hi - this.him;
	}

	/**
	 * The answers that pushed most toward HI, strongest first.
	 */
	List<Contribution> towardHi(int limit) {
		return this.contributions.stream()
			.filter((c) -> c.points() > Contribution.NOTICEABLE)
			.sorted(Comparator.comparingDouble(Contribution::points).reversed())
			.limit(limit)
			.toList();
	}

	/**
	 * The answers that pushed most toward HIM, strongest first.
	 */
	List<Contribution> towardHim(int limit) {
		return this.contributions.stream()
			.filter((c) -> c.points() < -Contribution.NOTICEABLE)
			.sorted(Comparator.comparingDouble(Contribution::points))
			.limit(limit)
			.toList();
	}

	record DimensionScore(String code, String name, double score) {
	}

	/**
	 * @param points how far this answer moved HI minus HIM
	 */
	record Contribution(String code, String text, int answer, double points) {

		/** Smaller pushes are not worth naming as a reason. */
		static final double NOTICEABLE = 0.5;

	}

}
