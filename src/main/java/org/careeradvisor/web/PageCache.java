package org.careeradvisor.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps rendered pages that are the same for everyone and change only with a catalog
 * release (catalog pages) or never (a stored result, until it is deleted, and the static
 * files of a build), and answers them without touching the database or the template
 * engine. Each page carries a strong ETag, so a browser that has it gets a 304. Runs
 * inside the security filter chain, after the header writer, so cached pages carry the
 * same security headers.
 *
 * <p>
 * Pages with a form are never cached (their CSRF token is per visitor), nor any response
 * that sets a cookie or is not a 200.
 */
public class PageCache extends OncePerRequestFilter {

	/** Catalog pages: the same for everyone until the next catalog release. */
	static final Pattern CATALOG = Pattern
		.compile("/|/compare|/careers|/certifications|/programs|/competencies|/search|/privacy"
				+ "|/(careers|certifications|programs)/[a-z0-9-]{1,80}");

	/** A stored result's shared page: it never changes; deletion evicts it. */
	static final Pattern RESULT = Pattern.compile("/results/[A-Za-z0-9_-]{24}");

	/**
	 * Stylesheets, scripts and images: they change only with a new build, and reading
	 * them from the packaged jar on every request costs more than rendering a cached
	 * page.
	 */
	static final Pattern STATIC = Pattern.compile("/resources/(css|js|images)/[a-z0-9-]{1,60}\\.(css|js|svg)");

	/** Least recently used first; guarded by itself. */
	private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

	/**
	 * The most bytes of pages kept: any number of query variants cannot exhaust memory.
	 */
	private final long budget;

	private long bytes;

	/**
	 * The catalog release the cached pages belong to: part of every key, so that no
	 * instance serves a page of an earlier release once it has noticed a new one.
	 */
	private volatile String release = "";

	/**
	 * Set once the languages are known: the page cache keys pages by the reader's
	 * language.
	 */
	private volatile Languages languages;

	void useLanguages(Languages languages) {
		this.languages = languages;
	}

	public PageCache(long budgetBytes) {
		this.budget = budgetBytes;
	}

	/**
	 * Forgets every cached page, for example when a new catalog release is published.
	 */
	public void evictAll() {
		synchronized (this.pages) {
			this.pages.clear();
			this.bytes = 0;
		}
	}

	/**
	 * Moves to a catalog release: pages cached for another release are forgotten and
	 * never answered again.
	 */
	public void useRelease(String release) {
		if (!release.equals(this.release)) {
			this.release = release;
			evictAll();
		}
	}

	/**
	 * Forgets every cached copy of one page, for example a deleted result.
	 */
	public void evict(String path) {
		synchronized (this.pages) {
			removeWhile((key) -> key.startsWith(path + "|"), false);
		}
	}

	long bytes() {
		synchronized (this.pages) {
			return this.bytes;
		}
	}

	private Page get(String key) {
		synchronized (this.pages) {
			return this.pages.get(key);
		}
	}

	private void put(String key, Page page) {
		synchronized (this.pages) {
			Page old = this.pages.put(key, page);
			this.bytes += page.body().length - ((old != null) ? old.body().length : 0);
			removeWhile((eldest) -> this.bytes > this.budget, true);
		}
	}

	/**
	 * Removes entries, least recently used first, that match; with
	 * {@code stopAtFirstMiss} it stops at the first entry that does not.
	 */
	private void removeWhile(Predicate<String> remove, boolean stopAtFirstMiss) {
		Iterator<Map.Entry<String, Page>> entries = this.pages.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, Page> entry = entries.next();
			if (remove.test(entry.getKey())) {
				this.bytes -= entry.getValue().body().length;
				entries.remove();
			}
			else if (stopAtFirstMiss) {
				return;
			}
		}
	}

	private String language(HttpServletRequest request) {
		Languages known = this.languages;
		return (known != null) ? known.of(request).toLanguageTag() : request.getLocale().toLanguageTag();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return !"GET".equals(request.getMethod()) || !(CATALOG.matcher(path).matches() || RESULT.matcher(path).matches()
				|| STATIC.matcher(path).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Languages known = this.languages;
		if (known != null && known.several() && !STATIC.matcher(path(request)).matches()) {
			// The same address answers in each language: shared caches must keep them
			// apart.
			response.setHeader("Vary", "Accept-Language, Cookie");
		}
		String key = path(request) + "|" + this.release + "|" + parameters(request) + "|" + language(request) + "|"
				+ request.getServerName() + ":" + request.getServerPort();
		Page page = get(key);
		if (page != null) {
			send(page, request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		byte[] body = wrapper.getContentAsByteArray();
		String contentType = wrapper.getContentType();
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && contentType != null
				&& (contentType.startsWith("text/html") || STATIC.matcher(path(request)).matches())
				&& !wrapper.getHeaderNames().contains("Set-Cookie")) {
			page = new Page(body, contentType, wrapper.getHeader("Content-Language"), wrapper.getHeader("X-Robots-Tag"),
					etag(body), cacheControl(path(request), wrapper.getHeader("Cache-Control")));
			put(key, page);
			response.setHeader("ETag", page.etag());
			response.setHeader("Cache-Control", page.cacheControl());
		}
		wrapper.copyBodyToResponse();
	}

	private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("ETag", page.etag());
		response.setHeader("Cache-Control", page.cacheControl());
		if (page.etag().equals(request.getHeader("If-None-Match"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader("Content-Language", page.contentLanguage());
		}
		if (page.robots() != null) {
			response.setHeader("X-Robots-Tag", page.robots());
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	/**
	 * Browsers may reuse a catalog page for five minutes and must revalidate a result (a
	 * 304 costs almost nothing); shared caches never keep a result. Static files keep
	 * what their handler said.
	 */
	private static String cacheControl(String path, String handlers) {
		if (RESULT.matcher(path).matches()) {
			return "private, no-cache";
		}
		if (STATIC.matcher(path).matches() && handlers != null) {
			return handlers;
		}
		return "public, max-age=300";
	}

	/**
	 * The request's parameters in a fixed order, however the query string spelled them.
	 */
	private static String parameters(HttpServletRequest request) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(request.getParameterMap())
			.forEach((name, values) -> text.append(name).append('=').append(String.join(",", values)).append('&'));
		return text.toString();
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A rendered page or static file as it was sent.
	 */
	record Page(byte[] body, String contentType, String contentLanguage, String robots, String etag,
			String cacheControl) {
	}

}
