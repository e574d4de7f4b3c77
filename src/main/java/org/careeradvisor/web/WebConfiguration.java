package org.careeradvisor.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final Languages languages;

	WebConfiguration(@Value("${advisor.languages:en}") List<Locale> languages) {
		this.languages = new Languages(languages);
	}

	/**
	 * The one clock every timestamp comes from, so that tests can fix time.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Pages declare the language their text is in: a browser that prefers a language we
	 * have no bundle for gets English, declared as English, never English text marked as
	 * Spanish (WCAG 3.1.1). A language joins the list when its bundle is complete.
	 */
	@Bean
	Languages languages() {
		return this.languages;
	}

	@Bean
	LocaleResolver localeResolver() {
		return this.languages.resolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.languages.switcher());
	}

	/**
	 * Lets links carry enum values in lower case (?discipline=hi&amp;sort=pay).
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		ApplicationConversionService.addApplicationConverters(registry);
	}

}
