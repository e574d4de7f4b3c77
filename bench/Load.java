import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A classroom's load on the app, with only a JDK: {@code java bench/Load.java --base URL}. Each client browses
 * catalog pages and takes the quick questionnaire to the end, again and again, until time is up; every result the
 * app acknowledges (a redirect to its private page) is appended to a file, so that a later run with --verify can
 * check each one is still there (after a kill -9, for example). Prints throughput, p50/p99 and errors.
 *
 * Options: --base URL, --clients 64, --seconds 60, --acknowledged FILE, --verify FILE, --print-result.
 */
public class Load {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern QUESTION = Pattern.compile("name=\"q_([a-z0-9]+)\"");

	static final String[] PAGES = { "/", "/compare", "/careers", "/careers/medical-coder", "/certifications",
			"/programs/him-associate", "/search?q=coding" };

	final String base;

	final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

	final AtomicLong requests = new AtomicLong();

	final AtomicLong errors = new AtomicLong();

	final AtomicLong refused = new AtomicLong();

	final Map<String, Long> statuses = new ConcurrentHashMap<>();

	final Path acknowledged;

	Load(String base, Path acknowledged) {
		this.base = base;
		this.acknowledged = acknowledged;
	}

	public static void main(String[] args) throws Exception {
		String base = "http://localhost:8080";
		int clients = 64;
		int seconds = 60;
		Path acknowledged = null;
		Path verify = null;
		boolean printResult = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--base" -> base = args[++i];
				case "--clients" -> clients = Integer.parseInt(args[++i]);
				case "--seconds" -> seconds = Integer.parseInt(args[++i]);
				case "--acknowledged" -> acknowledged = Path.of(args[++i]);
				case "--verify" -> verify = Path.of(args[++i]);
				case "--print-result" -> printResult = true;
				default -> throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		if (verify != null) {
			System.exit(verify(base, verify) ? 0 : 1);
		}
		Load load = new Load(base, acknowledged);
		if (printResult) {
			String manage = load.journey(HttpClient.newBuilder().build(), new Random(1));
			System.out.println(load.viewOf(HttpClient.newBuilder().build(), manage));
			return;
		}
		load.run(clients, seconds);
	}

	void run(int clients, int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		AtomicLong results = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int client = c;
			pool.submit(() -> {
				HttpClient http = HttpClient.newBuilder()
					.followRedirects(HttpClient.Redirect.NEVER)
					.connectTimeout(Duration.ofSeconds(5))
					.build();
				Random random = new Random(client);
				while (System.nanoTime() < deadline) {
					try {
						for (int p = 0; p < 3; p++) {
							get(http, PAGES[random.nextInt(PAGES.length)], null);
						}
						if (journey(http, random) != null) {
							results.incrementAndGet();
						}
					}
					catch (IOException ex) {
						this.refused.incrementAndGet();
						sleep(200);
					}
					catch (Exception ex) {
						this.errors.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - started) / 1e9;
		List<Long> sorted = new ArrayList<>(this.latencies);
		Collections.sort(sorted);
		System.out.printf("clients %d, %.0f s: %d requests (%.0f req/s), %d results stored, p50 %d ms, p99 %d ms, "
				+ "errors %d, refused connections %d, statuses %s%n", clients, elapsed, this.requests.get(),
				this.requests.get() / elapsed, results.get(), percentile(sorted, 50), percentile(sorted, 99),
				this.errors.get(), this.refused.get(), this.statuses);
	}

	/**
	 * The quick questionnaire from start to result.
	 * @return the private page it leads to, or null when the app refused it (a 429)
	 */
	String journey(HttpClient http, Random random) throws Exception {
		HttpResponse<String> intro = get(http, "/questionnaire", null);
		String cookie = intro.headers().allValues("Set-Cookie").get(0).split(";")[0];
		HttpResponse<String> start = post(http, cookie, "/questionnaire", "_csrf=" + csrf(intro.body()) + "&form=QUICK");
		if (start.statusCode() == 429) {
			return null;
		}
		String page = location(start);
		while (!page.endsWith("/about")) {
			HttpResponse<String> questions = get(http, page, cookie);
			StringBuilder body = new StringBuilder("_csrf=" + csrf(questions.body()) + "&action=next");
			Set<String> codes = new LinkedHashSet<>();
			Matcher matcher = QUESTION.matcher(questions.body());
			while (matcher.find()) {
				codes.add(matcher.group(1));
			}
			codes.forEach((code) -> body.append("&q_").append(code).append('=').append(1 + random.nextInt(5)));
			page = location(post(http, cookie, page, body.toString()));
		}
		HttpResponse<String> about = get(http, page, cookie);
		HttpResponse<String> submitted = post(http, cookie, page, "_csrf=" + csrf(about.body())
				+ "&action=submit&educationDone=high_school&educationPlanned=bachelor&licence=none&yearsCoding=1");
		if (submitted.statusCode() != 302) {
			return null;
		}
		String manage = location(submitted);
		if (this.acknowledged != null) {
			synchronized (this) {
				Files.writeString(this.acknowledged, manage + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
		}
		return manage;
	}

	String viewOf(HttpClient http, String manage) throws Exception {
		Matcher matcher = Pattern.compile("/results/([A-Za-z0-9_-]{24})\\.json").matcher(get(http, manage, null).body());
		matcher.find();
		return "/results/" + matcher.group(1);
	}

	HttpResponse<String> get(HttpClient http, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return send(http, request.build());
	}

	HttpResponse<String> post(HttpClient http, String cookie, String path, String body) throws Exception {
		return send(http, HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		this.latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		this.requests.incrementAndGet();
		this.statuses.merge(String.valueOf(response.statusCode()), 1L, Long::sum);
		if (response.statusCode() >= 500) {
			this.errors.incrementAndGet();
		}
		return response;
	}

	static boolean verify(String base, Path file) throws Exception {
		HttpClient http = HttpClient.newBuilder().build();
		List<String> links = Files.readAllLines(file);
		int missing = 0;
		for (String link : links) {
			int status = http.send(HttpRequest.newBuilder(URI.create(base + link)).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status != 200) {
				missing++;
				System.out.println("missing: " + link + " (" + status + ")");
			}
		}
		System.out.printf("%d acknowledged results checked, %d missing%n", links.size(), missing);
		return missing == 0;
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF field");
		}
		return matcher.group(1);
	}

	static String location(HttpResponse<String> response) {
		return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	static long percentile(List<Long> sorted, int percent) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
