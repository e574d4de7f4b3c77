package org.careeradvisor.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.careeradvisor.questionnaire.Assessment.Contribution;
import org.careeradvisor.questionnaire.Assessment.DimensionScore;

/**
 * Turns answers on a five-point scale into HI and HIM scores. Plain Java, deterministic,
 * no framework; the formula is documented in docs/scoring.md.
 */
final class ScoringEngine {

	static final int MIN_ANSWER = 1;

	static final int MAX_ANSWER = 5;

	/** Differences smaller than this many points are reported as a close call. */
	static final double CLOSE_CALL = 10.0;

	private static final int NEUTRAL = 3;

	private static final double HALF_SCALE = 50.0;

	private static final double MAX_DEVIATION = 2.0;

	private final List<Dimension> dimensions;

	private final Map<String, Dimension> byCode = new HashMap<>();

	ScoringEngine(List<Dimension> dimensions) {
		this.dimensions = List.copyOf(dimensions);
		this.dimensions.forEach((d) -> this.byCode.put(d.code(), d));
	}

	/**
	 * Scores a complete set of answers.
	 * @param items the questions that were asked
	 * @param answers the answer to every item, by item code, each from 1 to 5
	 * @throws IllegalArgumentException if an item is unanswered, an answer is out of
	 * range or an item loads on an unknown dimension
	 */
	Assessment score(List<Item> items, Map<String, Integer> answers) {
		validate(items, answers);
		double hiTotal = 0;
		double himTotal = 0;
		for (Item item : items) {
			hiTotal += affinity(item, true);
			himTotal += affinity(item, false);
		}
		double hi = 0;
		double him = 0;
		List<Contribution> contributions = new ArrayList<>();
		for (Item item : items) {
			int answer = answers.get(item.code());
			double deviation = answer - NEUTRAL;
			double hiShare = (hiTotal > 0) ? affinity(item, true) / hiTotal : 0;
			double himShare = (himTotal > 0) ? affinity(item, false) / himTotal : 0;
			hi += deviation * hiShare;
			him += deviation * himShare;
			contributions.add(new Contribution(item.code(), item.text(), item.label(), mainDimension(item), answer,
					scale(deviation * hiShare) - scale(deviation * himShare)));
		}
		double hiScore = HALF_SCALE + scale(hi);
		double himScore = HALF_SCALE + scale(him);
		return new Assessment(hiScore, himScore, verdict(answers, hiScore - himScore), dimensionScores(items, answers),
				List.copyOf(contributions));
	}

	private static Verdict verdict(Map<String, Integer> answers, double difference) {
		// A HashSet, not Stream.distinct(): a collection that claims to be distinct may
		// skip the check.
		if (new HashSet<>(answers.values()).size() <= 1) {
			return Verdict.UNCLEAR;
		}
		if (Math.abs(difference) < CLOSE_CALL) {
			return Verdict.CLOSE;
		}
		return (difference > 0) ? Verdict.HI : Verdict.HIM;
	}

	private List<DimensionScore> dimensionScores(List<Item> items, Map<String, Integer> answers) {
		List<DimensionScore> scores = new ArrayList<>();
		for (Dimension dimension : this.dimensions) {
			double weighted = 0;
			double weights = 0;
			for (Item item : items) {
				Double weight = item.weights().get(dimension.code());
				if (weight != null) {
					weighted += weight * (answers.get(item.code()) - NEUTRAL);
					weights += weight;
				}
			}
			double score = (weights > 0) ? HALF_SCALE + scale(weighted / weights) : HALF_SCALE;
			scores.add(new DimensionScore(dimension.code(), dimension.name(), score,
					Assessment.Lean.of(dimension.hiWeight(), dimension.himWeight())));
		}
		return List.copyOf(scores);
	}

	/**
	 * The dimension an item draws on most (the first in dimension order on a tie).
	 */
	private String mainDimension(Item item) {
		String main = null;
		double weight = 0;
		for (Dimension dimension : this.dimensions) {
			Double w = item.weights().get(dimension.code());
			if (w != null && w > weight) {
				main = dimension.code();
				weight = w;
			}
		}
		return main;
	}

	/**
	 * How much an item belongs to HI (or HIM): its dimension weights times the
	 * dimensions' discipline weights.
	 */
	private double affinity(Item item, boolean hiSide) {
		double total = 0;
		for (Map.Entry<String, Double> loading : item.weights().entrySet()) {
			Dimension dimension = this.byCode.get(loading.getKey());
			total += loading.getValue() * (hiSide ? dimension.hiWeight() : dimension.himWeight());
		}
		return total;
	}

	/** Maps a mean deviation in [-2, 2] onto [-50, 50] points. */
	private static double scale(double deviation) {
		return deviation * HALF_SCALE / MAX_DEVIATION;
	}

	private void validate(List<Item> items, Map<String, Integer> answers) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("No items to score");
		}
		for (Item item : items) {
			Integer answer = answers.get(item.code());
			if (answer == null) {
				throw new IllegalArgumentException("Item " + item.code() + " has no answer");
			}
			if (answer < MIN_ANSWER || answer > MAX_ANSWER) {
				throw new IllegalArgumentException("Answer to " + item.code() + " is out of range: " + answer);
			}
			for (String code : item.weights().keySet()) {
				if (!this.byCode.containsKey(code)) {
					throw new IllegalArgumentException("Item " + item.code() + " loads on unknown dimension " + code);
				}
			}
		}
	}

}
