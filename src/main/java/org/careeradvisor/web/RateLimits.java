package org.careeradvisor.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how many questionnaires one client address starts and submits, and how many
 * group codes it may look up in vain (Bucket4j token buckets per address, kept in
 * memory). Only misses count against a lookup: a class opening its join link is never
 * slowed, while trying codes at random soon is. Over the limit the request answers 429
 * with a page that says when to try again. Runs inside the security filter chain so that
 * the page carries the site's security headers.
 */
class RateLimits extends OncePerRequestFilter {

	private final LimitSettings settings;

	private final Map<String, Bucket> drafts;

	private final Map<String, Bucket> submissions;

	private final Map<String, Bucket> codeMisses;

	RateLimits(LimitSettings settings) {
		this.settings = settings;
		this.drafts = lru(settings.maxClients());
		this.submissions = lru(settings.maxClients());
		this.codeMisses = lru(settings.maxClients());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String kind = kind(request);
		return "GET".equals(request.getMethod()) ? !"draft".equals(kind) || request.getParameter("group") == null
				: !"POST".equals(request.getMethod()) || kind == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("GET".equals(request.getMethod())) {
			lookUpCode(request, response, chain);
			return;
		}
		boolean draft = "draft".equals(kind(request));
		Bucket bucket = bucket(draft ? this.drafts : this.submissions, request.getRemoteAddr(),
				draft ? this.settings.draftsPerWindow() : this.settings.submissionsPerWindow());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		TooManyRequests.send(request, response, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()),
				"error.429");
	}

	/**
	 * A start page with a group code: answered while the address has misses left; a miss
	 * (no open group has the code) uses one up.
	 */
	private void lookUpCode(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = bucket(this.codeMisses, request.getRemoteAddr(), this.settings.codeMissesPerWindow());
		if (bucket.getAvailableTokens() < 1) {
			EstimationProbe probe = bucket.estimateAbilityToConsume(1);
			TooManyRequests.send(request, response, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()),
					"error.codes429");
			return;
		}
		chain.doFilter(request, response);
		int status = response.getStatus();
		if (status == HttpServletResponse.SC_NOT_FOUND || status == HttpServletResponse.SC_BAD_REQUEST) {
			bucket.tryConsume(1);
		}
	}

	/**
	 * {@code draft} for starting a questionnaire, {@code submission} for the about-you
	 * page, where submissions happen; otherwise not limited.
	 */
	private static String kind(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("/questionnaire".equals(path)) {
			return "draft";
		}
		return (path.startsWith("/questionnaire/") && path.endsWith("/about")) ? "submission" : null;
	}

	private Bucket bucket(Map<String, Bucket> buckets, String address, int capacity) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(address, (key) -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, this.settings.window()).build())
				.build());
		}
	}

	/**
	 * A map that forgets its least recently used address beyond a size, so that memory
	 * stays bounded.
	 */
	private static Map<String, Bucket> lru(int size) {
		return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > size;
			}

		});
	}

}
