package org.careeradvisor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
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
 * Starting questionnaires is limited per client address, with small limits here so that
 * the test reaches them: over the limit the answer is 429 with a page that says when to
 * try again, and nothing is created.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "advisor.limits.drafts-per-window=3", "advisor.limits.code-misses-per-window=3",
				"advisor.limits.window=10m" })
@DirtiesContext
class RateLimitTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startingTooManyQuestionnairesFromOneAddressAnswers429WithWhenToRetry() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> intro = http.send(HttpRequest.newBuilder(uri("/questionnaire")).build(),
				BodyHandlers.ofString());
		String cookie = intro.headers().allValues("Set-Cookie").get(0).split(";")[0];
		Matcher matcher = CSRF.matcher(intro.body());
		assertThat(matcher.find()).isTrue();
		String body = "_csrf=" + matcher.group(1) + "&form=QUICK";
		for (int i = 0; i < 3; i++) {
			assertThat(start(http, cookie, body).statusCode()).isEqualTo(302);
		}
		long drafts = this.jdbc.queryForObject("select count(*) from draft", Long.class);
		HttpResponse<String> refused = start(http, cookie, body);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).get()
			.satisfies((seconds) -> assertThat(seconds).isBetween(1L, 600L));
		assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(refused.body()).contains("Too many questionnaires from this address", "Please try again in");
		assertThat(this.jdbc.queryForObject("select count(*) from draft", Long.class)).isEqualTo(drafts);
		// Reading pages is never limited, and a page without a form sets no cookie.
		HttpResponse<String> careers = http.send(HttpRequest.newBuilder(uri("/careers")).build(),
				BodyHandlers.ofString());
		assertThat(careers.statusCode()).isEqualTo(200);
		assertThat(careers.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(careers.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
	}

	@Test
	void tryingGroupCodesInVainIsPausedSoThatCodesCannotBeFoundByGuessing() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		for (String code : new String[] { "ZZZZZZ", "ZZZZZY", "ZZZZZX" }) {
			assertThat(http
				.send(HttpRequest.newBuilder(uri("/questionnaire?group=" + code)).build(), BodyHandlers.ofString())
				.statusCode()).isEqualTo(404);
		}
		HttpResponse<String> refused = http.send(
				HttpRequest.newBuilder(uri("/join/ZZZZZW")).header("Accept", "text/html").build(),
				BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("Too many unknown group codes from this address");
		// The questionnaire itself stays open to this address, without a group.
		assertThat(
				http.send(HttpRequest.newBuilder(uri("/questionnaire")).build(), BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
	}

	private HttpResponse<String> start(HttpClient http, String cookie, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri("/questionnaire"))
			.header("Cookie", cookie)
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
