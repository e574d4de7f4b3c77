package org.careeradvisor.questionnaire;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

	/** An interest score from which a kind of work counts as liked: "like" on average. */
	static final double LIKED = 62.5;

	double difference() {
		return this.hi - this.him;
	}

	/**
	 * The answers that pushed most toward HI, strongest first.
	 */
	List<Contribution> towardHi(int limit) {
		return reasons(true, null, limit);
	}

	/**
	 * The answers that pushed most toward HIM, strongest first.
	 */
	List<Contribution> towardHim(int limit) {
		return reasons(false, null, limit);
	}

	/**
	 * The answers that pushed most toward one side, strongest first, ranked by their real
	 * contribution to the difference.
	 * @param towardHi which side
	 * @param liked {@code true} for liked tasks only (those belong to that side),
	 * {@code false} for disliked ones only (those belong to the other side), {@code null}
	 * for both
	 * @param limit how many at most
	 */
	List<Contribution> reasons(boolean towardHi, Boolean liked, int limit) {
		List<Contribution> ranked = this.contributions.stream()
			.filter((c) -> towardHi ? c.points() > Contribution.NOTICEABLE : c.points() < -Contribution.NOTICEABLE)
			.filter((c) -> liked == null || c.liked() == liked)
			.sorted(STRONGEST_FIRST)
			.toList();
		if (liked == null) {
			return ranked.stream().limit(limit).toList();
		}
		// The strongest answer of each kind of work first, so that a person who liked
		// coding and privacy tasks sees both, then the next strongest; shown strongest
		// first.
		Set<Contribution> chosen = new LinkedHashSet<>();
		Set<String> kinds = new HashSet<>();
		ranked.stream().filter((c) -> kinds.add(c.dimension())).limit(limit).forEach(chosen::add);
		ranked.stream().filter((c) -> chosen.size() < limit).forEach(chosen::add);
		return chosen.stream().sorted(STRONGEST_FIRST).limit(limit).toList();
	}

	private static final Comparator<Contribution> STRONGEST_FIRST = Comparator
		.comparingDouble((Contribution c) -> Math.abs(c.points()))
		.reversed()
		.thenComparing(Contribution::code);

	/**
	 * The kinds of work the person liked most, strongest first.
	 */
	List<DimensionScore> strengths(int limit) {
		return this.dimensions.stream()
			.filter((d) -> d.score() >= LIKED)
			.sorted(Comparator.comparingDouble(DimensionScore::score).reversed())
			.limit(limit)
			.toList();
	}

	/**
	 * Where a kind of work belongs: mostly HI, mostly HIM, or shared by both.
	 */
	enum Lean {

		HI, HIM, SHARED;

		/** A kind of work is core to a field when its weights differ by at least this. */
		static final double CORE = 0.5;

		static Lean of(double hiWeight, double himWeight) {
			if (hiWeight - himWeight >= CORE) {
				return HI;
			}
			return (himWeight - hiWeight >= CORE) ? HIM : SHARED;
		}

	}

	record DimensionScore(String code, String name, double score, Lean lean) {
	}

	/**
	 * @param label a short name of the task
	 * @param dimension the kind of work the task draws on most
	 * @param points how far this answer moved HI minus HIM
	 */
	record Contribution(String code, String text, String label, String dimension, int answer, double points) {

		/** Smaller pushes are not worth naming as a reason. */
		static final double NOTICEABLE = 0.5;

		boolean liked() {
			return this.answer > 3;
		}

	}

}
