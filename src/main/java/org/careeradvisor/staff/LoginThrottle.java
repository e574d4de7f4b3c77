package org.careeradvisor.staff;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careeradvisor.web.TooManyRequests;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles sign-ins per client address: after twenty failures within fifteen minutes,
 * further attempts from that address answer 429 until the window refills. (Each account
 * is also locked after five failures in a row, in the database; see
 * {@link StaffAccount}.) Only failures count, so a school's shared address does not lock
 * out counselors who type their password right.
 */
class LoginThrottle extends OncePerRequestFilter {

	static final int FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final int ADDRESSES = 10_000;

	private final Map<String, Bucket> failures = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > ADDRESSES;
		}

	});

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = bucket(request.getRemoteAddr());
		if (bucket.getAvailableTokens() > 0) {
			chain.doFilter(request, response);
			return;
		}
		long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		TooManyRequests.send(request, response, TimeUnit.NANOSECONDS.toSeconds(nanos), "error.login429");
	}

	/** Counts a failed sign-in from the request's address. */
	void failed(HttpServletRequest request) {
		bucket(request.getRemoteAddr()).tryConsume(1);
	}

	/** Forgets every address's failures (for tests that share one address). */
	void forgetAll() {
		this.failures.clear();
	}

	private Bucket bucket(String address) {
		return this.failures.computeIfAbsent(address,
				(key) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(FAILURES_PER_ADDRESS)
						.refillGreedy(FAILURES_PER_ADDRESS, WINDOW)
						.build())
					.build());
	}

}
