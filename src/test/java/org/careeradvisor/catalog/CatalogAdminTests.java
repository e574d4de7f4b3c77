package org.careeradvisor.catalog;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.careeradvisor.staff.StaffFixture;
import org.careeradvisor.staff.StaffRole;
import org.careeradvisor.staff.StaffUser;
import org.careeradvisor.support.QuestionnaireDriver;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The administrators' catalog maintenance: edits are drafts until published as a release,
 * every change has its history, a stale edit shows both versions and loses nothing, a
 * figures file is checked whole (line-numbered errors, nothing stored) or previewed and
 * published as a new edition; stored results render as before; nobody but an
 * administrator reaches any of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class CatalogAdminTests {

	private static int accounts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	StaffUser admin;

	StaffUser secondAdmin;

	StaffUser counselor;

	@BeforeEach
	void accounts() {
		discardAll();
		accounts++;
		this.admin = StaffFixture.account(this.context, "editor" + accounts, "Ms. Editor", StaffRole.ADMIN);
		this.secondAdmin = StaffFixture.account(this.context, "second" + accounts, "Mr. Second", StaffRole.ADMIN);
		this.counselor = StaffFixture.account(this.context, "counsel" + accounts, "Ms. Counsel", StaffRole.COUNSELOR);
	}

	@Test
	void nobodyButAnAdministratorReachesTheAdminArea() {
		String[] pages = { "/admin/catalog", "/admin/catalog/careers", "/admin/catalog/careers/new",
				"/admin/catalog/careers/cmio/edit", "/admin/catalog/careers/cmio/history", "/admin/catalog/figures",
				"/admin/catalog/figures/2024", "/admin/catalog/publish", "/admin/staff", "/admin/catalog/competencies",
				"/admin/catalog/competencies/new", "/admin/catalog/competencies/him-data-governance/edit",
				"/admin/catalog/competencies/him-data-governance/history", "/admin/catalog/certifications",
				"/admin/catalog/certifications/new", "/admin/catalog/certifications/chps/edit",
				"/admin/catalog/certifications/chps/history", "/admin/catalog/programs", "/admin/catalog/programs/new",
				"/admin/catalog/programs/medical-coding-certificate/edit", "/admin/catalog/steps",
				"/admin/catalog/programs/medical-coding-certificate/history", "/admin/catalog/steps",
				"/admin/catalog/steps/new", "/admin/catalog/steps/him-director--privacy-officer/edit" };
		for (String page : pages) {
			assertThat(this.mvc.get().uri(page)).as(page)
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login");
			assertThat(this.mvc.get().uri(page).with(user(this.counselor))).as(page).hasStatus(HttpStatus.FORBIDDEN);
		}
		String[] forms = { "/admin/catalog/careers", "/admin/catalog/careers/cmio/edit", "/admin/catalog/figures",
				"/admin/catalog/competencies", "/admin/catalog/competencies/him-data-governance/edit",
				"/admin/catalog/certifications", "/admin/catalog/certifications/chps/edit", "/admin/catalog/programs",
				"/admin/catalog/programs/medical-coding-certificate/edit", "/admin/catalog/drafts/1/discard",
				"/admin/catalog/publish" };
		for (String form : forms) {
			assertThat(this.mvc.post().uri(form).with(csrf())).as(form)
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login");
			assertThat(this.mvc.post().uri(form).with(user(this.counselor)).with(csrf())).as(form)
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post().uri(form).with(user(this.admin))).as(form + " without CSRF")
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get().uri("/admin/catalog").with(user(this.admin))).hasStatusOk()
			.bodyText()
			.contains("The public site shows release");
	}

	@Test
	void anEditStaysADraftUntilPublishedAndItsHistoryShowsBeforeAndAfter() {
		Map<String, String> form = form(this.admin, "/admin/catalog/careers/privacy-officer/edit");
		String summary = form.get("summary");
		form.put("summary", "Runs the privacy programme of a hospital: policies, training, complaints, breaches.");
		form.put("tasks", form.get("tasks") + "\nAnswer patients' requests for their records");
		assertThat(post(this.admin, "/admin/catalog/careers/privacy-officer/edit", form))
			.hasRedirectedUrl("/admin/catalog/careers/privacy-officer/edit?saved");
		assertThat(body(this.mvc.get().uri("/careers/privacy-officer"))).doesNotContain("Runs the privacy programme")
			.contains(escaped(summary));
		assertThat(body(this.mvc.get().uri("/admin/catalog/careers/privacy-officer/edit").with(user(this.admin))))
			.contains("Runs the privacy programme");

		int release = release();
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", ""))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Please write release notes");
		// One administrator edits, another publishes: the history names the author, the
		// release list the publisher.
		assertThat(
				post(this.secondAdmin, "/admin/catalog/publish", Map.of("note", "Privacy officer summary rewritten")))
			.hasRedirectedUrl("/admin/catalog?published=" + (release + 1));
		assertThat(release()).isEqualTo(release + 1);
		assertThat(body(this.mvc.get().uri("/careers/privacy-officer"))).contains("Runs the privacy programme",
				"Answer patients&#39; requests for their records");
		assertThat(this.jdbc.queryForObject("select count(*) from catalog_draft", Integer.class)).isZero();

		String history = body(
				this.mvc.get().uri("/admin/catalog/careers/privacy-officer/history").with(user(this.admin)));
		assertThat(history).contains("<h1>History of Privacy Officer").doesNotContain("History of History");
		assertThat(history).contains("Release " + (release + 1) + ": changed by Ms. Editor (editor", escaped(summary),
				"Runs the privacy programme", "Typical tasks");
		assertThat(body(this.mvc.get().uri("/admin/catalog").with(user(this.admin))))
			.contains("Privacy officer summary rewritten", "Mr. Second (second");
		// Publishing with nothing left is refused, with a message.
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Again")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Nothing to publish");
	}

	@Test
	void aStaleEditShowsBothVersionsSideBySideAndLosesNothing() {
		Map<String, String> mine = form(this.admin, "/admin/catalog/careers/ehr-analyst/edit");
		Map<String, String> theirs = form(this.secondAdmin, "/admin/catalog/careers/ehr-analyst/edit");
		theirs.put("title", "EHR Analyst (their title)");
		assertThat(post(this.secondAdmin, "/admin/catalog/careers/ehr-analyst/edit", theirs)).hasStatus3xxRedirection();

		mine.put("title", "EHR Analyst (my title)");
		MvcTestResult stale = post(this.admin, "/admin/catalog/careers/ehr-analyst/edit", mine).exchange();
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		String page = text(stale);
		assertThat(page).contains("Someone else changed this item while you were editing", "Mr. Second (second",
				"EHR Analyst (their title)", "EHR Analyst (my title)");
		Document conflict = Jsoup.parse(page);
		assertThat(conflict.selectFirst("form.staff-form input[name=title]").attr("value"))
			.isEqualTo("EHR Analyst (my title)");
		assertThat(this.jdbc.queryForObject("select title from catalog_draft where item_key like 'career:%'",
				String.class))
			.isEqualTo("EHR Analyst (their title)");

		// Saving again from the conflict page replaces theirs, on purpose.
		assertThat(post(this.admin, "/admin/catalog/careers/ehr-analyst/edit", fields(conflict)))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select title from catalog_draft where item_key like 'career:%'",
				String.class))
			.isEqualTo("EHR Analyst (my title)");
		discardAll();
	}

	@Test
	void aMalformedFiguresFileGetsLineNumberedErrorsAndChangesNothing() {
		String csv = String.join("\n", FiguresFile.COLUMNS.stream().reduce((a, b) -> a + "," + b).orElseThrow(),
				"29-2072,52000,200000,7.5,2025-35,2026-09-03,https://www.bls.gov/ooh/x.htm,PRIMARY,",
				"29-207,52x,,,2025-34,03/09/2026,ftp://x,MAYBE,");
		MvcTestResult result = upload("2025", csv).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		String page = text(result);
		assertThat(page)
			.contains("The file was not imported, and nothing changed", "Line 3: &quot;29-207&quot; is not",
					"Line 3: median_pay_usd &quot;52x&quot;", "Line 3: projection_period &quot;2025-34&quot;",
					"Line 3: as_of", "Line 3: source_url", "Line 3: status &quot;MAYBE&quot;")
			.doesNotContain("Line 2:");
		assertThat(this.jdbc.queryForObject("select count(*) from catalog_draft", Integer.class)).isZero();
		assertThat(upload("2025", "soc,pay\n1,2").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The first line must name exactly these columns");
		assertThat(upload("25", csv).exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Please enter the edition as a year");
		assertThat(this.jdbc.queryForObject("select count(*) from catalog_draft", Integer.class)).isZero();
	}

	@Test
	void aGoodFiguresFileIsPreviewedThenPublishedAsTheNewEditionWhileOldResultsStayAsTheyWere() {
		String result = new QuestionnaireDriver(this.mvc).complete("quick", QuestionnaireDriver::himPersona);
		String view = "/results/" + new QuestionnaireDriver(this.mvc).viewToken(result);
		String before = body(this.mvc.get().uri(view));
		assertThat(before).contains("2024");

		String csv = "\uFEFF" + String.join("\n", String.join(",", FiguresFile.COLUMNS),
				"29-2072,52110,201000,6.9,2025-35,2026-09-03,https://www.bls.gov/ooh/test-only.htm,PRIMARY,Test figures",
				"99-9999,1000,,1.0,2025-35,2026-09-03,https://www.bls.gov/ooh/none.htm,THIRD_PARTY,");
		assertThat(upload("2025", csv)).hasRedirectedUrl("/admin/catalog/figures/2025");
		String preview = body(this.mvc.get().uri("/admin/catalog/figures/2025").with(user(this.admin)));
		assertThat(preview).contains("Figures 2025: preview", "Medical Coder", "$52,110", "6.9 % (2025-35)", "201,000",
				"99-9999", "No career uses this SOC code", "Careers without figures in this edition");
		// Nothing public changes before publishing.
		assertThat(body(this.mvc.get().uri("/careers/medical-coder"))).doesNotContain("52,110");

		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Test edition 2025")))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select figure_edition from catalog_release", Integer.class))
			.isEqualTo(2025);
		assertThat(body(this.mvc.get().uri("/careers/medical-coder"))).contains("52,110", "2025");
		assertThat(body(this.mvc.get().uri("/careers"))).contains("52,110");
		assertThat(
				this.jdbc.queryForObject("select employment from career_outlook o join career c on c.id = o.career_id "
						+ "where c.slug = 'medical-coder' and o.edition = 2025", Integer.class))
			.isEqualTo(201000);
		assertThat(body(this.mvc.get().uri("/admin/catalog/careers/medical-coder/history").with(user(this.admin))))
			.contains("2025 figures: median pay (USD)", "52110");

		// A result made before the release renders exactly as before.
		assertThat(body(this.mvc.get().uri(view))).isEqualTo(before);
	}

	@Test
	void aNewCareerIsADraftThenPublishedAndARetiredCareerLeavesTheLists() {
		Map<String, String> form = fields(
				Jsoup.parse(body(this.mvc.get().uri("/admin/catalog/careers/new").with(user(this.admin)))));
		assertThat(post(this.admin, "/admin/catalog/careers", form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Please give the career a title.");
		form.putAll(Map.of("title", "Terminology Specialist", "affinity", "BOTH", "summary",
				"Maintains the code sets and vocabularies that clinical systems share.", "tasks",
				"Map local terms to standard codes\nReview vocabulary updates", "entryEducation", "BACHELOR",
				"entryEducationNote", "Usually a bachelor's degree.", "onetTitle", "None", "blsOccupation",
				"No matching occupation", "sourceUrls", "https://www.nlm.nih.gov/research/umls/index.html", "asOf",
				"2026"));
		assertThat(post(this.admin, "/admin/catalog/careers", form))
			.hasRedirectedUrl("/admin/catalog/careers/terminology-specialist/edit?saved");
		assertThat(post(this.admin, "/admin/catalog/careers", form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("exists already");
		assertThat(this.mvc.get().uri("/careers/terminology-specialist")).hasStatus(HttpStatus.NOT_FOUND);

		Map<String, String> retire = form(this.admin, "/admin/catalog/careers/release-of-information-specialist/edit");
		retire.put("retired", "true");
		assertThat(post(this.admin, "/admin/catalog/careers/release-of-information-specialist/edit", retire))
			.hasStatus3xxRedirection();
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "New and retired careers")))
			.hasStatus3xxRedirection();

		assertThat(body(this.mvc.get().uri("/careers/terminology-specialist"))).contains("Terminology Specialist",
				"Map local terms to standard codes");
		assertThat(body(this.mvc.get().uri("/careers"))).contains("Terminology Specialist")
			.doesNotContain("Release of Information Specialist");
		assertThat(this.mvc.get().uri("/careers/release-of-information-specialist")).hasStatusOk()
			.bodyText()
			.contains("no longer in the catalog");
		assertThat(body(
				this.mvc.get().uri("/admin/catalog/careers/terminology-specialist/history").with(user(this.admin))))
			.contains("Created in this release.");
	}

	@Test
	void aDraftStartedBeforeItsItemChangedIsNotPublishedAndItsLinkLeadsToIt() {
		Map<String, String> form = form(this.admin, "/admin/catalog/careers/cmio/edit");
		form.put("summary", form.get("summary") + " Edited.");
		assertThat(post(this.admin, "/admin/catalog/careers/cmio/edit", form)).hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/admin/catalog").with(user(this.admin))))
			.contains("href=\"/admin/catalog/careers/cmio/edit\"");
		// Something else changed the career meanwhile (here: as a data migration would,
		// bumping its version).
		this.jdbc.update("update career set row_version = row_version + 1 where slug = 'cmio'");
		int release = release();
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Should not go out")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Nothing was published", "Open the draft of");
		assertThat(release()).isEqualTo(release);
		assertThat(this.jdbc.queryForObject("select count(*) from catalog_draft", Integer.class)).isOne();
		// Opening the draft and saving it again shows the difference first.
		Map<String, String> again = form(this.admin, "/admin/catalog/careers/cmio/edit");
		assertThat(post(this.admin, "/admin/catalog/careers/cmio/edit", again)).hasStatus3xxRedirection();
		this.jdbc.update("update career set row_version = row_version - 1 where slug = 'cmio'");
	}

	@Test
	void sourcesMustBeWebAddressesAndFitTheirColumn() {
		Map<String, String> form = form(this.admin, "/admin/catalog/careers/cmio/edit");
		form.put("sourceUrls", "https://www.bls.gov/a;javascript:alert(1)");
		assertThat(post(this.admin, "/admin/catalog/careers/cmio/edit", form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("one web address per line");
		form.put("sourceUrls", "https://www.bls.gov/" + "a".repeat(1200));
		assertThat(post(this.admin, "/admin/catalog/careers/cmio/edit", form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Please keep each source address to 1,000 characters or fewer");
		assertThat(this.jdbc.queryForObject("select count(*) from catalog_draft", Integer.class)).isZero();
	}

	@Test
	void anEditionAlreadyPublishedIsReplacedByANewUploadOfIt() {
		String csv = String.join("\n", String.join(",", FiguresFile.COLUMNS),
				"29-9021,67310,41900,14.7,2024-34,2025-08-28,https://www.bls.gov/emp/tables/fastest-growing-occupations.htm,THIRD_PARTY,Test");
		assertThat(upload("2024", csv)).hasRedirectedUrl("/admin/catalog/figures/2024");
		assertThat(body(this.mvc.get().uri("/admin/catalog/figures/2024").with(user(this.admin)))).contains("$67,310",
				"41,900");
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "2024 figures checked against BLS")))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select count(*) from career_outlook o join career c on c.id = o.career_id "
				+ "where c.slug = 'cancer-registrar' and o.edition = 2024", Integer.class))
			.isOne();
		assertThat(this.jdbc.queryForObject("select status from career_outlook o join career c on c.id = o.career_id "
				+ "where c.slug = 'cancer-registrar' and o.edition = 2024", String.class))
			.isEqualTo("THIRD_PARTY");
	}

	@Test
	void competenciesAreEditedCreatedAndRetiredTheSameWay() {
		Map<String, String> form = form(this.admin, "/admin/catalog/competencies/him-data-governance/edit");
		String name = form.get("name");
		form.put("description", "Deciding who owns which data, how good it must be and how long it is kept.");
		assertThat(post(this.admin, "/admin/catalog/competencies/him-data-governance/edit", form))
			.hasRedirectedUrl("/admin/catalog/competencies/him-data-governance/edit?saved");
		Map<String, String> created = fields(
				Jsoup.parse(body(this.mvc.get().uri("/admin/catalog/competencies/new").with(user(this.admin)))));
		created.putAll(Map.of("name", "Terminology Management", "description",
				"Keeping clinical vocabularies and code sets current.", "domainCode", "X1", "frameworkCode",
				form.get("frameworkCode"), "nameStatus", "UNVERIFIED"));
		assertThat(post(this.admin, "/admin/catalog/competencies", created))
			.hasRedirectedUrl("/admin/catalog/competencies/terminology-management/edit?saved");
		created.put("frameworkCode", "NO_SUCH");
		created.put("name", "Another One");
		assertThat(post(this.admin, "/admin/catalog/competencies", created)).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Competencies")))
			.hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/competencies"))).contains("Deciding who owns which data",
				"Terminology Management");
		assertThat(body(
				this.mvc.get().uri("/admin/catalog/competencies/him-data-governance/history").with(user(this.admin))))
			.contains(escaped(name), "Deciding who owns which data");

		Map<String, String> retire = form(this.admin, "/admin/catalog/competencies/terminology-management/edit");
		retire.put("retired", "true");
		assertThat(post(this.admin, "/admin/catalog/competencies/terminology-management/edit", retire))
			.hasStatus3xxRedirection();
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Retired"))).hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/competencies"))).doesNotContain("Terminology Management");
	}

	@Test
	void aCertificationAndItsRoutesAreEditedAsOneAndTheRoutesAreWhatThePagesThenShow() {
		Document page = Jsoup
			.parse(body(this.mvc.get().uri("/admin/catalog/certifications/chps/edit").with(user(this.admin))));
		MultiValueMap<String, String> form = multiFields(page);
		long routes = this.jdbc.queryForObject("select count(*) from certification_route r join certification c "
				+ "on c.id = r.certification_id where c.slug = 'chps'", Long.class);
		assertThat(form.getFirst("routes[0].description")).isNotBlank();
		// The first route is removed, the last (empty) one filled in as a new route.
		form.set("routes[0].remove", "true");
		int added = (int) routes;
		form.set("routes[" + added + "].description", "A doctorate plus one year of privacy work (test route).");
		form.set("routes[" + added + "].minEducation", "DOCTORATE");
		form.set("routes[" + added + "].minYears", "1");
		assertThat(postMulti("/admin/catalog/certifications/chps/edit", form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Years of experience need at least one kind of experience");
		form.add("routes[" + added + "].experienceKinds", "PRIVACY");
		assertThat(postMulti("/admin/catalog/certifications/chps/edit", form))
			.hasRedirectedUrl("/admin/catalog/certifications/chps/edit?saved");
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "CHPS routes"))).hasStatus3xxRedirection();

		assertThat(this.jdbc.queryForObject("select count(*) from certification_route r join certification c "
				+ "on c.id = r.certification_id where c.slug = 'chps'", Long.class))
			.isEqualTo(routes);
		assertThat(this.jdbc.queryForObject(
				"select experience_kinds from certification_route r join certification c "
						+ "on c.id = r.certification_id where c.slug = 'chps' and r.position = " + routes,
				String.class))
			.isEqualTo("PRIVACY");
		assertThat(body(this.mvc.get().uri("/certifications/chps")))
			.contains("A doctorate plus one year of privacy work");
		assertThat(body(this.mvc.get().uri("/admin/catalog/certifications/chps/history").with(user(this.admin))))
			.contains("Eligibility routes", "A doctorate plus one year of privacy work");

		// A word where a route's years go is refused with a message, not an error page of
		// ours.
		MultiValueMap<String, String> words = multiFields(Jsoup
			.parse(body(this.mvc.get().uri("/admin/catalog/certifications/chps/edit").with(user(this.admin)))));
		words.set("routes[0].minYears", "four");
		MvcTestResult refused = postMulti("/admin/catalog/certifications/chps/edit", words).exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(text(refused)).containsAnyOf("We could not read that form", "Please give a whole number");
		assertThat(this.jdbc.queryForObject("select count(*) from catalog_draft", Integer.class)).isZero();

		// A route naming a program that does not exist is refused.
		MultiValueMap<String, String> again = multiFields(Jsoup
			.parse(body(this.mvc.get().uri("/admin/catalog/certifications/chps/edit").with(user(this.admin)))));
		again.set("routes[0].requiredProgram", "no-such-program");
		assertThat(postMulti("/admin/catalog/certifications/chps/edit", again)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("names a program or credential that is not in the catalog");
	}

	@Test
	void aCareersCompetenciesAndCertificationsAreEditedWithIt() {
		MultiValueMap<String, String> form = multiFields(Jsoup
			.parse(body(this.mvc.get().uri("/admin/catalog/careers/privacy-officer/edit").with(user(this.admin)))));
		assertThat(form.get("expectedCertifications")).isNull();
		assertThat(form.get("relatedCertifications")).contains("chps");
		form.add("supportingCompetencies", "him-data-governance");
		form.add("coreCompetencies", "him-data-governance");
		assertThat(postMulti("/admin/catalog/careers/privacy-officer/edit", form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("either core or supporting");
		form.get("coreCompetencies").remove("him-data-governance");
		form.add("expectedCertifications", "no-such-credential");
		assertThat(postMulti("/admin/catalog/careers/privacy-officer/edit", form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("is not in the catalog");
		form.remove("expectedCertifications");
		assertThat(postMulti("/admin/catalog/careers/privacy-officer/edit", form)).hasStatus3xxRedirection();
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Links"))).hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/careers/privacy-officer")))
			.contains("Data Structure, Content and Information Governance");
		assertThat(body(this.mvc.get().uri("/admin/catalog/careers/privacy-officer/history").with(user(this.admin))))
			.contains("Supporting competencies", "him-data-governance");
	}

	@Test
	void programsAreEditedWithWhatTheyLeadToAndRetiredFromTheLists() {
		MultiValueMap<String, String> form = multiFields(Jsoup.parse(body(
				this.mvc.get().uri("/admin/catalog/programs/medical-coding-certificate/edit").with(user(this.admin)))));
		assertThat(form.getFirst("name")).isEqualTo("Medical coding certificate");
		form.set("typicalLength", "About a year (test)");
		form.add("careers", "medical-records-specialist");
		form.add("coreCompetencies", "no-such-competency");
		assertThat(postMulti("/admin/catalog/programs/medical-coding-certificate/edit", form))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("is not in the catalog");
		form.get("coreCompetencies").remove("no-such-competency");
		assertThat(postMulti("/admin/catalog/programs/medical-coding-certificate/edit", form))
			.hasRedirectedUrl("/admin/catalog/programs/medical-coding-certificate/edit?saved");
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Program"))).hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/programs/medical-coding-certificate"))).contains("About a year (test)",
				"Medical Records Specialist");
		assertThat(body(this.mvc.get()
			.uri("/admin/catalog/programs/medical-coding-certificate/history")
			.with(user(this.admin)))).contains("Typical length", "About a year (test)");

		MultiValueMap<String, String> retire = multiFields(Jsoup.parse(body(
				this.mvc.get().uri("/admin/catalog/programs/medical-coding-certificate/edit").with(user(this.admin)))));
		retire.set("retired", "true");
		assertThat(postMulti("/admin/catalog/programs/medical-coding-certificate/edit", retire))
			.hasStatus3xxRedirection();
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Retired program")))
			.hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/programs"))).doesNotContain("Medical coding certificate");
		assertThat(body(this.mvc.get().uri("/programs/medical-coding-certificate")))
			.contains("This program is no longer in the catalog");
	}

	@Test
	void careerStepsAreNamedByTheirCareersEditedCreatedAndRetired() {
		String step = "/admin/catalog/steps/him-director--privacy-officer";
		Map<String, String> form = form(this.admin, step + "/edit");
		assertThat(form).containsEntry("fromCareer", "him-director").containsEntry("minYears", "2");
		form.put("description", "Privacy reports to HIM (edited).");
		form.put("yearsBasis", "");
		assertThat(post(this.admin, step + "/edit", form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("where the number of years comes from");
		form.put("yearsBasis", "CHPS eligibility (AHIMA)");
		form.put("toCareer", "cmio");
		assertThat(post(this.admin, step + "/edit", form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The careers of a step do not change");
		form.put("toCareer", "privacy-officer");
		assertThat(post(this.admin, step + "/edit", form)).hasStatus3xxRedirection();

		Map<String, String> created = form(this.admin, "/admin/catalog/steps/new");
		created.putAll(Map.of("fromCareer", "cancer-registrar", "toCareer", "cancer-registrar", "kind", "LATERAL",
				"description", "Test step."));
		assertThat(post(this.admin, "/admin/catalog/steps", created)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("two different careers");
		created.put("toCareer", "clinical-data-manager");
		assertThat(post(this.admin, "/admin/catalog/steps", created))
			.hasRedirectedUrl("/admin/catalog/steps/cancer-registrar--clinical-data-manager/edit?saved");
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Steps"))).hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/careers/privacy-officer"))).contains("Privacy reports to HIM (edited).");
		assertThat(body(this.mvc.get().uri("/careers/clinical-data-manager"))).contains("Test step.");

		Map<String, String> retire = form(this.admin,
				"/admin/catalog/steps/cancer-registrar--clinical-data-manager/edit");
		retire.put("retired", "true");
		assertThat(post(this.admin, "/admin/catalog/steps/cancer-registrar--clinical-data-manager/edit", retire))
			.hasStatus3xxRedirection();
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Retired step")))
			.hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/careers/clinical-data-manager"))).doesNotContain("Test step.");
		assertThat(body(this.mvc.get()
			.uri("/admin/catalog/steps/cancer-registrar--clinical-data-manager/history")
			.with(user(this.admin)))).contains("Created in this release.");
	}

	@Test
	void aCareersFiguresOfTheCurrentEditionAreEditedByHand() {
		Map<String, String> form = form(this.admin, "/admin/catalog/careers/biostatistician/edit");
		String edition = form.get("figures.edition");
		assertThat(edition).isNotBlank();
		form.put("figures.medianPayUsd", "12x");
		assertThat(post(this.admin, "/admin/catalog/careers/biostatistician/edit", form))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Please give median pay as a whole number of dollars.");
		form.put("figures.medianPayUsd", "104777");
		form.put("figures.growthPct", "8.25");
		assertThat(post(this.admin, "/admin/catalog/careers/biostatistician/edit", form))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("at most one decimal");
		form.put("figures.growthPct", "8.5");
		form.put("figures.status", "PRIMARY");
		form.put("figures.sources", "https://www.bls.gov/emp/tables/occupational-separations-and-openings.htm");
		assertThat(post(this.admin, "/admin/catalog/careers/biostatistician/edit", form)).hasStatus3xxRedirection();
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Biostatistician figures")))
			.hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/careers/biostatistician"))).contains("104,777",
				"https://www.bls.gov/emp/tables/occupational-separations-and-openings.htm");
		assertThat(body(this.mvc.get().uri("/admin/catalog/careers/biostatistician/history").with(user(this.admin))))
			.contains(edition + " figures: median pay (USD)", "104777");
	}

	// Helpers

	/** Every value the edit form would post, several per name for checkbox groups. */
	@Test
	void anItemsSpanishTextsAreEditedWithItPublishedWithItAndInItsHistory() {
		String page = "/admin/catalog/careers/privacy-officer/edit";
		Map<String, String> form = form(this.admin, page);
		String title = this.jdbc.queryForObject("select text from catalog_text where kind = 'CAREER' "
				+ "and item_key = 'privacy-officer' and field = 'title' and locale = 'es'", String.class);
		assertThat(form).containsEntry("translations[es.title]", title).containsKey("translations[es.tasks]");
		Document edit = Jsoup.parse(body(this.mvc.get().uri(page + "?lang=es").with(user(this.admin))));
		assertThat(edit.text()).doesNotContain("Not translated yet", "Sin traducir");
		// The page speaks Spanish; each field says the language of the text it holds.
		assertThat(edit.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(edit.selectFirst("#title").attr("lang")).isEqualTo("en");
		assertThat(edit.selectFirst("textarea[name='translations[es.title]']").attr("lang")).isEqualTo("es");
		int outlookNotes = this.jdbc.queryForObject("select count(*) from catalog_text where kind = 'CAREER' "
				+ "and item_key = 'privacy-officer' and field like 'outlook.%'", Integer.class);

		// Too long a translation is refused like any field, and nothing is saved.
		form.put("translations[es.summary]", "x".repeat(4001));
		assertThat(post(this.admin, page, form)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Please keep this to 4000 characters or fewer.");
		assertThat(this.jdbc.queryForObject("select count(*) from catalog_draft", Integer.class)).isZero();

		// Keys of no field or language the site has are dropped, not stored.
		form.put("translations[fr.summary]", "Dirige en français");
		form.put("translations[es.nothing]", "Nada");
		form.put("translations[es.summary]", "Dirige el programa de privacidad de un hospital.");
		form.put("translations[es.tasks]", "Redactar las políticas de privacidad\nInvestigar las quejas");
		assertThat(post(this.admin, page, form)).hasRedirectedUrl(page + "?saved");
		assertThat(this.jdbc.queryForObject("select payload from catalog_draft", String.class))
			.contains("Dirige el programa")
			.doesNotContain("fr.summary", "es.nothing", "en fran");
		assertThat(body(this.mvc.get().uri("/careers/privacy-officer?lang=es"))).doesNotContain("Dirige el programa");
		assertThat(post(this.admin, "/admin/catalog/publish", Map.of("note", "Spanish summary")))
			.hasStatus3xxRedirection();

		assertThat(body(this.mvc.get().uri("/careers/privacy-officer?lang=es"))).contains("Dirige el programa",
				"Investigar las quejas", escaped(title));
		assertThat(body(this.mvc.get().uri("/careers/privacy-officer?lang=en"))).doesNotContain("Dirige el programa");
		assertThat(
				this.jdbc.queryForList(
						"select field from catalog_text where kind = 'CAREER' "
								+ "and item_key = 'privacy-officer' and field like 'task.%' order by field",
						String.class))
			.containsExactly("task.1", "task.2");
		assertThat(this.jdbc.queryForObject("select count(*) from catalog_text where kind = 'CAREER' "
				+ "and item_key = 'privacy-officer' and field like 'outlook.%'", Integer.class))
			.as("texts the form has no field for stay")
			.isEqualTo(outlookNotes);
		assertThat(body(this.mvc.get().uri("/admin/catalog/careers/privacy-officer/history").with(user(this.admin))))
			.contains("Español: Summary", "Dirige el programa", "Español: Typical tasks");
		// An English text left without its translation is pointed out on the form.
		Map<String, String> again = form(this.admin, page);
		again.put("translations[es.title]", "");
		assertThat(post(this.admin, page, again)).hasRedirectedUrl(page + "?saved");
		assertThat(Jsoup.parse(body(this.mvc.get().uri(page).with(user(this.admin))))
			.select("fieldset.translations .callout li")).extracting(Element::text).containsExactly("Title");
	}

	private static MultiValueMap<String, String> multiFields(Document page) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		Element form = page.selectFirst("form.staff-form");
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			if (name.startsWith("_")) {
				continue;
			}
			switch (field.tagName()) {
				case "textarea" -> values.add(name, field.wholeText().replaceFirst("^\n", ""));
				case "select" -> {
					Element selected = field.selectFirst("option[selected]");
					values.add(name, (selected != null) ? selected.attr("value") : "");
				}
				default -> {
					if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
						values.add(name, field.attr("value"));
					}
				}
			}
		}
		return values;
	}

	private MockMvcRequestBuilder postMulti(String path, MultiValueMap<String, String> fields) {
		MockMvcRequestBuilder request = this.mvc.post().uri(path).with(user(this.admin)).with(csrf());
		fields.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
		return request;
	}

	private int release() {
		return this.jdbc.queryForObject("select release from catalog_release", Integer.class);
	}

	private void discardAll() {
		this.jdbc.update("delete from catalog_draft");
	}

	private Map<String, String> form(StaffUser who, String page) {
		return fields(Jsoup.parse(body(this.mvc.get().uri(page).with(user(who)))));
	}

	/** The values the page's edit form would post, as a browser sends them. */
	private static Map<String, String> fields(Document page) {
		Map<String, String> values = new LinkedHashMap<>();
		Element form = page.selectFirst("form.staff-form");
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			if (name.equals("_csrf") || name.startsWith("_")) {
				continue;
			}
			switch (field.tagName()) {
				case "textarea" -> values.put(name, field.wholeText().replaceFirst("^\n", ""));
				case "select" -> {
					Element selected = field.selectFirst("option[selected]");
					values.put(name, (selected != null) ? selected.attr("value") : "");
				}
				default -> {
					if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
						values.put(name, field.attr("value"));
					}
				}
			}
		}
		return values;
	}

	private MockMvcRequestBuilder post(StaffUser who, String path, Map<String, String> fields) {
		MockMvcRequestBuilder request = this.mvc.post().uri(path).with(user(who)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private MockMvcTester.MockMultipartMvcRequestBuilder upload(String edition, String csv) {
		return this.mvc.post()
			.uri("/admin/catalog/figures")
			.multipart()
			.file(new MockMultipartFile("file", "figures.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("edition", edition)
			.with(user(this.admin))
			.with(csrf());
	}

	private static String body(MockMvcRequestBuilder request) {
		return text(request.exchange());
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String escaped(String text) {
		return text.replace("'", "&#39;").replace("\"", "&quot;");
	}

}
