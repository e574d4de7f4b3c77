package org.careeradvisor.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However many query variants arrive, the cache keeps no more bytes than its budget,
 * forgetting the least recently used pages first.
 */
class PageCacheBudgetTests {

	@Test
	void theCacheStaysWithinItsBudget() throws Exception {
		PageCache cache = new PageCache(100_000);
		for (int i = 0; i < 50; i++) {
			render(cache, "/careers", "sort=variant" + i);
		}
		assertThat(cache.bytes()).isPositive().isLessThanOrEqualTo(100_000);
		// The most recent page is still served from memory; the oldest was forgotten.
		assertThat(render(cache, "/careers", "sort=variant49").getHeader("X-Rendered")).isNull();
		assertThat(render(cache, "/careers", "sort=variant0").getHeader("X-Rendered")).isEqualTo("yes");
		cache.evictAll();
		assertThat(cache.bytes()).isZero();
	}

	private static MockHttpServletResponse render(PageCache cache, String path, String query) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		request.setParameter("sort", query.substring("sort=".length()));
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, new MockFilterChain(new HttpServlet() {

			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
				res.setHeader("X-Rendered", "yes");
				res.setContentType("text/html;charset=UTF-8");
				res.getWriter().write("<html>" + "x".repeat(10_000) + "</html>");
			}

		}));
		return response;
	}

}
