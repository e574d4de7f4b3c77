package org.careeradvisor.questionnaire;

import java.util.List;

/**
 * Splits questions into pages of about ten: 30 questions make three pages of ten, 12 make
 * two of six.
 */
final class Pages {

	static final int TARGET = 10;

	private Pages() {
	}

	static int count(int questions) {
		return Math.max(1, (questions + TARGET - 1) / TARGET);
	}

	static <T> List<T> page(List<T> questions, int page) {
		int count = count(questions.size());
		int size = (questions.size() + count - 1) / count;
		int from = Math.min(questions.size(), (page - 1) * size);
		return questions.subList(from, Math.min(questions.size(), from + size));
	}

}
