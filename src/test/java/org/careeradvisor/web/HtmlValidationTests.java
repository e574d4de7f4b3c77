package org.careeradvisor.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nu.validator.validation.SimpleDocumentValidator;
import org.careeradvisor.support.QuestionnaireDriver;
import org.careeradvisor.staff.StaffFixture;
import org.careeradvisor.staff.StaffRole;
import org.careeradvisor.staff.StaffUser;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every kind of page passes the Nu HTML Checker (the engine behind validator.w3.org/nu),
 * run offline on the HTML the app really sends: errors fail the build, warnings do not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HtmlValidationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageKindIsValidHtml() throws Exception {
		QuestionnaireDriver driver = new QuestionnaireDriver(this.mvc);
		String manage = driver.complete("standard", QuestionnaireDriver::hiPersona);
		String view = "/results/" + driver.viewToken(manage);
		String close = driver.complete("quick", (code) -> 3 + (code.hashCode() & 1));
		String unclear = driver.complete("quick", (code) -> 5);
		String draft = driver.start("standard");

		Map<String, String> pages = new LinkedHashMap<>();
		for (String path : List.of("/", "/compare", "/careers", "/careers?discipline=him&education=associate&sort=pay",
				"/careers/medical-coder", "/careers/cmio", "/certifications", "/certifications/chps", "/programs",
				"/programs/him-post-baccalaureate-certificate", "/competencies", "/search?q=coding", "/search?q=zzzz",
				"/search?q=" + "x".repeat(120), "/careers/astronaut", "/careers?sort=nonsense", "/questionnaire",
				"/questionnaire/" + draft + "/1", "/questionnaire/" + draft + "/about",
				"/questionnaire/" + draft + "/saved", view, manage, close, unclear, manage + "/delete",
				"/results/deleted", "/privacy")) {
			pages.put(path, html(this.mvc.get().uri(path).exchange()));
		}
		pages.put("page with missing answers",
				html(this.mvc.post()
					.uri("/questionnaire/{t}/1", draft)
					.with(csrf())
					.param("action", "next")
					.param("q_r1", "3")
					.exchange()));
		pages.put("about you with errors",
				html(this.mvc.post()
					.uri("/questionnaire/{t}/about", draft)
					.with(csrf())
					.param("action", "submit")
					.param("educationDone", "bachelor")
					.param("educationPlanned", "associate")
					.param("yearsCoding", "many")
					.exchange()));

		// Staff and group pages.
		StaffUser admin = StaffFixture.account(this.context, "validator-admin", "Ms. Admin", StaffRole.ADMIN);
		pages.put("/login?error", html(this.mvc.get().uri("/login?error").exchange()));
		pages.put("/account", html(this.mvc.get().uri("/account").with(user(admin)).exchange()));
		pages.put("/admin/staff", html(this.mvc.get().uri("/admin/staff").with(user(admin)).exchange()));
		pages.put("invitation link shown",
				html(this.mvc.post()
					.uri("/admin/staff/invitations")
					.with(user(admin))
					.with(csrf())
					.param("role", "COUNSELOR")
					.exchange()));
		pages.put("/counselor with errors",
				html(this.mvc.post()
					.uri("/counselor/groups")
					.with(user(admin))
					.with(csrf())
					.param("name", "")
					.param("endsOn", "2001-01-01")
					.exchange()));
		String group = this.mvc.post()
			.uri("/counselor/groups")
			.with(user(admin))
			.with(csrf())
			.param("name", "Validators")
			.param("endsOn", "2099-01-01")
			.exchange()
			.getResponse()
			.getRedirectedUrl()
			.replaceAll("\\?.*", "");
		String code = html(this.mvc.get().uri(group).with(user(admin)).exchange())
			.replaceAll("(?s).*class=\"join-code big\">([A-Z0-9]{6})<.*", "$1");
		String member = driver.complete("quick", QuestionnaireDriver::himPersona, code,
				Map.of("groupShare", "yes", "groupNickname", "Jo"));
		String grouped = driver.start("quick", code);
		pages.put("/questionnaire?group=", html(this.mvc.get().uri("/questionnaire?group=" + code).exchange()));
		pages.put("/questionnaire?group=unknown", html(this.mvc.get().uri("/questionnaire?group=ZZZZZZ").exchange()));
		pages.put("about you in a group", html(this.mvc.get().uri("/questionnaire/" + grouped + "/about").exchange()));
		pages.put("manage page in a group", html(this.mvc.get().uri(member).exchange()));
		pages.put("/counselor", html(this.mvc.get().uri("/counselor").with(user(admin)).exchange()));
		pages.put("group dashboard", html(this.mvc.get().uri(group).with(user(admin)).exchange()));
		pages.put("group delete", html(this.mvc.get().uri(group + "/delete").with(user(admin)).exchange()));

		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			List<String> found = validate(page.getValue());
			if (!found.isEmpty()) {
				errors.put(page.getKey(), found);
			}
		}
		assertThat(errors).isEmpty();
	}

	@Test
	void theCheckerReportsErrors() throws Exception {
		assertThat(validate("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
				+ "<body><h2 role=\"status\">x</h2><p><div>nested</div></p></body></html>"))
			.isNotEmpty();
		assertThat(
				validate("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>ok</p></body></html>"))
			.isEmpty();
	}

	private static String html(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	static List<String> validate(String html) throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

		};
		SimpleDocumentValidator validator = new SimpleDocumentValidator();
		validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
		validator.setUpValidatorAndParsers(handler, true, false);
		validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		return errors;
	}

}
