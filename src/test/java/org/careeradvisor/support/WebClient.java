package org.careeradvisor.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: real HTTP against the running app, with its own cookies
 * (so a session and the CSRF cookie), the CSRF token taken from the last page with a
 * form, and no redirect following (tests look at where they lead).
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String csrf;

	public WebClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
	}

	/**
	 * Posts a form with the CSRF token of the last page read (pairs of names and values).
	 */
	public HttpResponse<String> post(String path, String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		if (this.csrf != null) {
			form.put("_csrf", this.csrf);
		}
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body))
			.build());
	}

	/** Reads a page, then posts a form to the same or another address. */
	public HttpResponse<String> submit(String page, String action, String... fields) {
		get(page);
		return post(action, fields);
	}

	/** Signs in; answers where the sign-in leads. */
	public String signIn(String username, String password) {
		return location(submit("/login", "/login", "username", username, "password", password));
	}

	public static String location(HttpResponse<String> response) {
		return response.headers()
			.firstValue("Location")
			.map((l) -> URI.create(l).getRawPath()
					+ ((URI.create(l).getRawQuery() != null) ? "?" + URI.create(l).getRawQuery() : ""))
			.orElse(null);
	}

	public void forgetCsrfToken() {
		this.csrf = null;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
