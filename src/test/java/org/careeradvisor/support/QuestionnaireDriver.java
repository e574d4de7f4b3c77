package org.careeradvisor.support;

import java.io.UnsupportedEncodingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Answers the questionnaire through MockMvc the way a browser would: read each page, post
 * its answers.
 */
public final class QuestionnaireDriver {

	private static final Pattern QUESTION = Pattern.compile("name=\"q_([a-z0-9]+)\" value=\"1\"");

	private final MockMvcTester mvc;

	public QuestionnaireDriver(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/**
	 * Completes a questionnaire and returns the manage link the submission redirects to.
	 */
	public String complete(String form, Function<String, Integer> answer) {
		return complete(form, answer, null, Map.of());
	}

	/**
	 * Completes a questionnaire started for a group (when a code is given), with more
	 * fields on the about-you page (such as the group nickname), and returns the manage
	 * link.
	 */
	public String complete(String form, Function<String, Integer> answer, String groupCode,
			Map<String, String> aboutFields) {
		String token = start(form, groupCode);
		for (int page = 1;; page++) {
			MockMvcRequestBuilder post = this.mvc.post()
				.uri("/questionnaire/{t}/{p}", token, page)
				.with(csrf())
				.param("action", "next");
			questions(token, page).forEach((code) -> post.param("q_" + code, String.valueOf(answer.apply(code))));
			if (post.exchange().getResponse().getRedirectedUrl().endsWith("/about")) {
				break;
			}
		}
		MockMvcRequestBuilder about = this.mvc.post()
			.uri("/questionnaire/{t}/about", token)
			.with(csrf())
			.param("action", "submit")
			.param("educationDone", "high_school")
			.param("educationPlanned", "bachelor")
			.param("yearsCoding", "1")
			.param("licence", "none");
		aboutFields.forEach(about::param);
		return about.exchange().getResponse().getRedirectedUrl();
	}

	/**
	 * The shareable view token shown on a manage page.
	 */
	public String viewToken(String manageLink) {
		var matcher = Pattern.compile("/results/([A-Za-z0-9_-]{24})\\.json")
			.matcher(body(this.mvc.get().uri(manageLink)));
		if (!matcher.find()) {
			throw new IllegalStateException("No view link on " + manageLink);
		}
		return matcher.group(1);
	}

	public String start(String form) {
		return start(form, null);
	}

	public String start(String form, String groupCode) {
		MockMvcRequestBuilder post = this.mvc.post().uri("/questionnaire").with(csrf()).param("form", form);
		if (groupCode != null) {
			post.param("group", groupCode);
		}
		String location = post.exchange().getResponse().getRedirectedUrl();
		return location.split("/")[2];
	}

	public List<String> questions(String token, int page) {
		return QUESTION.matcher(body(this.mvc.get().uri("/questionnaire/{t}/{p}", token, page)))
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

	public static Map<String, String> answers(List<String> codes, Function<String, Integer> answer) {
		Map<String, String> params = new LinkedHashMap<>();
		codes.forEach((code) -> params.put("q_" + code, String.valueOf(answer.apply(code))));
		return params;
	}

	public static String body(MockMvcRequestBuilder request) {
		try {
			return request.exchange().getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Likes HI work (systems, workflow, programming, analysis), dislikes the rest. */
	public static int hiPersona(String code) {
		return ("swga".indexOf(code.charAt(0)) >= 0) ? 5 : 1;
	}

	/** Likes HIM work (records, coding, privacy), is lukewarm about the rest. */
	public static int himPersona(String code) {
		return ("rcp".indexOf(code.charAt(0)) >= 0) ? 5 : 2;
	}

}
