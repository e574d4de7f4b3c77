package org.careeradvisor.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated corpus of malformed form posts, sent as raw bytes through the real server:
 * control characters in names and values, huge values, duplicated and missing fields,
 * wrong types, unknown actions and broken encodings. Every one answers a 4xx (never a
 * 5xx) and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputCorpusTests {

	private static final int POSTS = 520;

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	String cookie;

	String csrf;

	String draft;

	@BeforeEach
	void startADraft() throws Exception {
		HttpResponse<String> intro = this.http.send(get("/questionnaire"), BodyHandlers.ofString());
		this.cookie = intro.headers().allValues("Set-Cookie").get(0).split(";")[0];
		Matcher matcher = CSRF_FIELD.matcher(intro.body());
		assertThat(matcher.find()).isTrue();
		this.csrf = matcher.group(1);
		HttpResponse<String> started = post("/questionnaire", "_csrf=" + this.csrf + "&form=STANDARD");
		assertThat(started.statusCode()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow();
		this.draft = location.replaceAll(".*/questionnaire/([^/]+)/1$", "$1");
	}

	@Test
	void malformedPostsAnswer4xxAndStoreNothing() throws Exception {
		long drafts = count("select count(*) from draft");
		long results = count("select count(*) from result");
		Random random = new Random(20261122);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < POSTS; i++) {
			String path = PATHS[random.nextInt(PATHS.length)].replace("{t}", this.draft);
			String body = "_csrf=" + this.csrf + "&" + malformed(random, path);
			HttpResponse<String> response = post(path, body);
			if (response.statusCode() < 400 || response.statusCode() >= 500) {
				failures
					.add(response.statusCode() + " " + path + " " + body.substring(0, Math.min(200, body.length())));
			}
			else if (response.statusCode() != 413 && !response.body().contains("<html")) {
				failures.add("no error page: " + path + " " + body.substring(0, Math.min(200, body.length())));
			}
			else if (response.headers().firstValue("Content-Security-Policy").isEmpty()) {
				failures.add("no security headers: " + path);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(count("select count(*) from draft")).isEqualTo(drafts);
		assertThat(count("select count(*) from result")).isEqualTo(results);
		assertThat(count("select count(*) from draft_answer a join draft d on d.id = a.draft_id where d.token = '"
				+ this.draft + "'"))
			.isZero();
		assertThat(count("select count(*) from draft where education_done is not null")).isZero();
	}

	@Test
	void theErrorPathIsNotAPage() throws Exception {
		assertThat(this.http.send(get("/error"), BodyHandlers.ofString()).statusCode()).isEqualTo(404);
	}

	private static final String[] PATHS = { "/questionnaire", "/questionnaire/{t}/1", "/questionnaire/{t}/2",
			"/questionnaire/{t}/about", "/results/manage/AAAAAAAAAAAAAAAAAAAAAAAA/delete" };

	/**
	 * One malformed body for a path; each kind of damage is one that no page of ours can
	 * send.
	 */
	private static String malformed(Random random, String path) {
		List<Supplier<String>> kinds = List.of(
				// control characters in a name or a value
				() -> controlName(random) + "=1" + validPart(path), () -> "q_r1=" + control(random) + validPart(path),
				() -> "action=next%00" + validPart(path),
				// huge values, some over the size limit
				() -> "q_r1=" + "9".repeat(1000 + random.nextInt(80_000)),
				() -> "educationDone=" + "x".repeat(5000 + random.nextInt(5000)) + "&action=submit",
				// duplicated fields
				() -> "q_r1=3&q_r1=4&action=next", () -> "form=QUICK&form=STANDARD",
				() -> "action=next&action=back&q_r1=3",
				// missing fields
				() -> "action=next", () -> "action=submit&educationDone=bachelor", () -> "form=",
				// wrong types and values off the scale
				() -> "q_r1=" + (random.nextBoolean() ? "abc" : String.valueOf(6 + random.nextInt(1000)))
						+ "&action=next",
				() -> "form=LONG", () -> "educationDone=phd&educationPlanned=bachelor&licence=none&action=submit",
				() -> "educationDone=bachelor&educationPlanned=bachelor&licence=none&yearsCoding=-" + random.nextInt(99)
						+ "&action=submit",
				() -> "educationDone=bachelor&educationPlanned=bachelor&licence=wizard&action=submit",
				() -> "q_zz" + random.nextInt(1000) + "=3&action=next",
				// unknown actions and broken encodings
				() -> "action=" + randomWord(random), () -> "q_r1=%ZZ&action=next&form=%",
				() -> "%=%&&==&action=%E0%A4");
		return kinds.get(random.nextInt(kinds.size())).get();
	}

	private static String validPart(String path) {
		return path.endsWith("/questionnaire") ? "&form=QUICK" : "&action=next";
	}

	private static String controlName(Random random) {
		return "q_" + randomWord(random) + control(random);
	}

	private static String control(Random random) {
		int c = random.nextInt(32);
		if (c == 9 || c == 10 || c == 13) {
			c = 0;
		}
		return String.format("%%%02X", (random.nextInt(4) == 0) ? 0x7F : c);
	}

	private static String randomWord(Random random) {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 3 + random.nextInt(8); i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
	}

	private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Cookie", (this.cookie != null) ? this.cookie : "x=y")
			.POST(BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
