package org.careeradvisor.questionnaire;

/**
 * An interest dimension and how much it belongs to each discipline (weights in [0, 1]).
 */
record Dimension(String code, String name, double hiWeight, double himWeight) {
}
