package org.careeradvisor.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages the site speaks and how a reader's is chosen: a {@code ?lang=} link
 * (remembered in a cookie), else the cookie, else the browser's Accept-Language among the
 * languages we have, else the first. A language joins {@code advisor.languages} only when
 * its bundle is complete, so no page is ever declared in a language it is not written in
 * (WCAG 3.1.1).
 */
public final class Languages {

	/** The query parameter and cookie that carry a reader's choice. */
	public static final String PARAMETER = "lang";

	private static final String REGION = "US";

	private final List<Locale> supported;

	private final CookieLocaleResolver resolver;

	Languages(List<Locale> supported) {
		this.supported = List.copyOf(supported);
		AcceptHeaderLocaleResolver fromBrowser = new AcceptHeaderLocaleResolver();
		fromBrowser.setSupportedLocales(this.supported);
		fromBrowser.setDefaultLocale(this.supported.get(0));
		this.resolver = new CookieLocaleResolver(PARAMETER);
		this.resolver.setCookieMaxAge(Duration.ofDays(365));
		this.resolver.setCookieSameSite("Lax");
		// A cookie nobody can read (edited, truncated) counts as no choice, not an error.
		this.resolver.setRejectInvalidCookies(false);
		this.resolver.setDefaultLocaleFunction(fromBrowser::resolveLocale);
	}

	/** The languages' codes, the default first. */
	public List<String> codes() {
		return this.supported.stream().map(Locale::getLanguage).toList();
	}

	/**
	 * Whether readers can choose between languages (a switch and alternates are shown).
	 */
	public boolean several() {
		return this.supported.size() > 1;
	}

	/**
	 * The reader's language, as the page will be written in it. Its region is always the
	 * United States: every figure is American (dollars, BLS), so numbers, money and dates
	 * follow American usage in that language (es-US groups thousands with a comma, as
	 * American readers of Spanish expect).
	 */
	public Locale of(HttpServletRequest request) {
		Locale locale = this.resolver.resolveLocale(request);
		Locale language = this.supported.stream()
			.filter((s) -> s.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(this.supported.get(0));
		return new Locale.Builder().setLanguage(language.getLanguage()).setRegion(REGION).build();
	}

	/**
	 * The address of the page being rendered, in another language: for the switch and the
	 * {@code hreflang} alternates.
	 */
	public String link(String language) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(PARAMETER, language)
			.build()
			.toUriString();
	}

	LocaleResolver resolver() {
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return of(request);
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				Languages.this.resolver.setLocale(request, response, locale);
			}

		};
	}

	/**
	 * Takes {@code ?lang=} when it names a language we have (anything else is ignored)
	 * and remembers it.
	 */
	HandlerInterceptor switcher() {
		return new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				// Only a link's query string chooses: reading parameters would parse a
				// posted body,
				// which an error page for an oversized post must not do.
				String query = request.getQueryString();
				String wanted = ("GET".equals(request.getMethod()) && query != null)
						? UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(PARAMETER)
						: null;
				if (wanted != null) {
					Languages.this.supported.stream()
						.filter((s) -> s.getLanguage().equals(wanted))
						.findFirst()
						.ifPresent((s) -> Languages.this.resolver.setLocale(request, response, s));
				}
				return true;
			}

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				if (page != null && several() && page.getViewName() != null
						&& !page.getViewName().startsWith("redirect:")) {
					page.addObject("alternates",
							Languages.this.supported.stream()
								.map((s) -> new Alternate(s.getLanguage(), link(s.getLanguage())))
								.toList());
				}
			}

		};
	}

	/** This page in one language: its language code and address. */
	public record Alternate(String language, String href) {
	}

}
