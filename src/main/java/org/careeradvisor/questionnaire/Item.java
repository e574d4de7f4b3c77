package org.careeradvisor.questionnaire;

import java.util.Map;

/**
 * One question as the engine sees it: its code, its wording and how strongly it loads on
 * each interest dimension (weights in (0, 1]).
 */
record Item(String code, String text, Map<String, Double> weights) {

	Item {
		weights = Map.copyOf(weights);
	}

}
