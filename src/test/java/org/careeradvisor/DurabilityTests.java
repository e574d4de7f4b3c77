package org.careeradvisor;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No acknowledged write is lost when the process is killed: results stored just before a
 * SIGKILL are there after a restart on the same H2 file database.
 */
class DurabilityTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern QUESTION = Pattern.compile("name=\"q_([a-z0-9]+)\" value=\"1\"");

	@TempDir
	Path data;

	@Test
	void resultsAcknowledgedBeforeAKillSurviveTheRestart() throws Exception {
		int port = freePort();
		List<String> manageLinks = new ArrayList<>();
		Process app = start(port);
		try {
			HttpClient client = client();
			for (int i = 0; i < 3; i++) {
				manageLinks.add(submitQuickForm(client, port, i));
			}
		}
		finally {
			app.destroyForcibly();
			assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(app.exitValue()).as("killed, not shut down").isNotZero();

		Process restarted = start(port);
		try {
			HttpClient client = client();
			for (String link : manageLinks) {
				HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(link)).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(page.statusCode()).as(link).isEqualTo(200);
				assertThat(page.body()).contains("This page is private");
			}
		}
		finally {
			restarted.destroy();
			restarted.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private String submitQuickForm(HttpClient client, int port, int seed) throws Exception {
		String base = "http://localhost:" + port;
		String intro = get(client, base + "/questionnaire").body();
		HttpResponse<String> started = post(client, base + "/questionnaire", "_csrf=" + csrf(intro) + "&form=quick");
		String page = started.headers().firstValue("Location").orElseThrow();
		while (!page.endsWith("/about")) {
			String html = get(client, absolute(base, page)).body();
			List<String> codes = QUESTION.matcher(html).results().map((m) -> m.group(1)).toList();
			String answers = codes.stream()
				.map((code) -> "q_" + code + "=" + (1 + (code.hashCode() + seed & 0x7fffffff) % 5))
				.collect(Collectors.joining("&"));
			HttpResponse<String> next = post(client, absolute(base, page),
					"_csrf=" + csrf(html) + "&action=next&" + answers);
			assertThat(next.statusCode()).isEqualTo(302);
			page = next.headers().firstValue("Location").orElseThrow();
		}
		String about = get(client, absolute(base, page)).body();
		HttpResponse<String> submitted = post(client, absolute(base, page), "_csrf=" + csrf(about)
				+ "&action=submit&educationDone=high_school&educationPlanned=bachelor&licence=none");
		assertThat(submitted.statusCode()).isEqualTo(302);
		return absolute(base, submitted.headers().firstValue("Location").orElseThrow());
	}

	private Process start(int port) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				AdvisorApplication.class.getName(), "--server.port=" + port,
				"--spring.datasource.url=" + shippedUrl().replace("./data/", this.data.toAbsolutePath() + "/"),
				"--logging.level.root=WARN", "--spring.main.banner-mode=off");
		builder.redirectErrorStream(true);
		Path logs = Path.of("target", "durability");
		Files.createDirectories(logs);
		builder.redirectOutput(logs.resolve("app-" + System.currentTimeMillis() + ".log").toFile());
		Process process = builder.start();
		HttpClient client = client();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("application process").isTrue();
			try {
				if (get(client, "http://localhost:" + port + "/actuator/health").statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("Application did not start on port " + port);
	}

	/**
	 * The database URL the app ships with, so that this test guards the real setting.
	 */
	private static String shippedUrl() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DurabilityTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties.getProperty("spring.datasource.url");
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient client, String url, String form)
			throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("CSRF field").isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	private static String absolute(String base, String location) {
		return location.startsWith("http") ? location : base + location;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
