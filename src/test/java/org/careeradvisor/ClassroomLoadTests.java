package org.careeradvisor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class of forty takes the questionnaire at once, straight after the app has started
 * (this class gets an application context of its own, so nothing is warm): every journey
 * ends on its result, none sees a 5xx, and nothing waits for a second pooled connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.maximum-pool-size=10",
				"spring.datasource.hikari.connection-timeout=10000", "advisor.test.context=classroom" })
@DirtiesContext
class ClassroomLoadTests {

	private static final int STUDENTS = 40;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern QUESTION = Pattern.compile("name=\"q_([a-z0-9]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fortyStudentsRightAfterAStartAllGetTheirResults() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
		try {
			List<Future<String>> journeys = new ArrayList<>();
			for (int i = 0; i < STUDENTS; i++) {
				int student = i;
				journeys.add(pool.submit((Callable<String>) () -> journey(student)));
			}
			List<String> outcomes = new ArrayList<>();
			for (Future<String> journey : journeys) {
				outcomes.add(journey.get(90, TimeUnit.SECONDS));
			}
			assertThat(outcomes).allMatch((outcome) -> outcome.startsWith("/results/manage/"));
			assertThat(new LinkedHashSet<>(outcomes)).hasSize(STUDENTS);
			assertThat(this.jdbc.queryForObject("select count(*) from result", Long.class))
				.isGreaterThanOrEqualTo(STUDENTS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * One student: the intro, a draft, every page, the about-you page, the submission.
	 * @return where the submission leads, or what went wrong
	 */
	private String journey(int student) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		// Half the class reads Spanish.
		String language = (student % 2 == 0) ? "en-US" : "es-MX,es;q=0.9";
		HttpResponse<String> intro = http.send(request("/questionnaire", language).build(), BodyHandlers.ofString());
		check(intro, 200);
		if (student % 2 == 1 && !intro.body().contains("<html lang=\"es\"")) {
			return "student " + student + ": the start page is not in Spanish";
		}
		String cookie = intro.headers().allValues("Set-Cookie").get(0).split(";")[0];
		String csrf = csrf(intro.body());
		HttpResponse<String> start = post(http, cookie, language, "/questionnaire", "_csrf=" + csrf + "&form=STANDARD");
		check(start, 302);
		String page = location(start);
		while (!page.endsWith("/about")) {
			HttpResponse<String> questions = http.send(request(page, language).header("Cookie", cookie).build(),
					BodyHandlers.ofString());
			check(questions, 200);
			StringBuilder body = new StringBuilder("_csrf=" + csrf(questions.body()) + "&action=next");
			Set<String> codes = new LinkedHashSet<>();
			Matcher matcher = QUESTION.matcher(questions.body());
			while (matcher.find()) {
				codes.add(matcher.group(1));
			}
			for (String code : codes) {
				body.append("&q_").append(code).append('=').append(1 + Math.floorMod(code.hashCode() + student, 5));
			}
			HttpResponse<String> answered = post(http, cookie, language, page, body.toString());
			check(answered, 302);
			page = location(answered);
		}
		HttpResponse<String> about = http.send(request(page, language).header("Cookie", cookie).build(),
				BodyHandlers.ofString());
		check(about, 200);
		HttpResponse<String> submitted = post(http, cookie, language, page, "_csrf=" + csrf(about.body())
				+ "&action=submit&educationDone=high_school&educationPlanned=bachelor&licence=none&yearsCoding=1");
		check(submitted, 302);
		return location(submitted);
	}

	private HttpRequest.Builder request(String path, String language) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.header("Accept-Language", language);
	}

	private HttpResponse<String> post(HttpClient http, String cookie, String language, String path, String body)
			throws Exception {
		return http.send(request(path, language).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());
	}

	/** The path a redirect leads to, whether the server wrote it absolute or not. */
	private static String location(HttpResponse<String> response) {
		return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF field");
		}
		return matcher.group(1);
	}

	private static void check(HttpResponse<String> response, int expected) {
		if (response.statusCode() != expected) {
			throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
		}
	}

}
