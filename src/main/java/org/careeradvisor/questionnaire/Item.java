package org.careeradvisor.questionnaire;

import java.util.Map;

/**
 * One question as the engine sees it: its code, its wording and how strongly it loads on
 * each interest dimension (weights in (0, 1]).
 *
 * @param label a short name for the task, used when a result explains itself
 * @param hint a one-line explanation for people who do not know the task, or {@code null}
 */
record Item(String code, String text, String label, String hint, Map<String, Double> weights) {

	Item {
		weights = Map.copyOf(weights);
		if (label == null) {
			label = text;
		}
	}

	Item(String code, String text, Map<String, Double> weights) {
		this(code, text, null, null, weights);
	}

}
