package org.careeradvisor.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careeradvisor.web.BadRequestException;

import org.springframework.util.MultiValueMap;

/**
 * Reads answers from a submitted page. Answers arrive as {@code q_<code>=<1..5>};
 * anything that is not an answer to a question on the page, appears twice or is off the
 * scale rejects the whole page.
 */
final class AnswerParser {

	static final String PREFIX = "q_";

	private AnswerParser() {
	}

	static Map<String, Integer> parse(MultiValueMap<String, String> params, Set<String> pageCodes) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			if (!param.getKey().startsWith(PREFIX)) {
				continue;
			}
			String code = param.getKey().substring(PREFIX.length());
			if (!pageCodes.contains(code)) {
				throw new BadRequestException("error.answers.unknown", "Unknown question " + code);
			}
			if (param.getValue().size() != 1) {
				throw new BadRequestException("error.answers.duplicate", "Question answered twice " + code);
			}
			answers.put(code, value(param.getValue().get(0)));
		}
		return answers;
	}

	private static int value(String text) {
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= ScoringEngine.MIN_ANSWER && value <= ScoringEngine.MAX_ANSWER) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below like any other value off the scale.
		}
		throw new BadRequestException("error.answers.range", "Answer off the scale");
	}

}
