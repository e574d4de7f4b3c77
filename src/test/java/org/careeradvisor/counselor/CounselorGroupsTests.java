package org.careeradvisor.counselor;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careeradvisor.staff.StaffFixture;
import org.careeradvisor.staff.StaffRole;
import org.careeradvisor.staff.StaffUser;
import org.careeradvisor.support.QuestionnaireDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Groups from both sides: a counselor creates one, students join with its code (with or
 * without a nickname, or decline), the dashboard with filters, notes, adding by link, CSV
 * with formula neutralising and a byte-order mark, suppressed aggregates; leaving and
 * deleting; and another counselor reaching none of it, whatever ids are tried.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class CounselorGroupsTests {

	private static final Pattern GROUP = Pattern.compile("/counselor/groups/([A-Za-z0-9_-]{24})");

	private static final Pattern CODE = Pattern.compile("class=\"join-code big\">([A-Z0-9]{6})<");

	private static int accounts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GroupService groups;

	StaffUser rivera;

	StaffUser other;

	QuestionnaireDriver students;

	@BeforeEach
	void accounts() {
		accounts++;
		this.rivera = StaffFixture.account(this.context, "rivera" + accounts, "Ms. Rivera", StaffRole.COUNSELOR);
		this.other = StaffFixture.account(this.context, "other" + accounts, "Mr. Other", StaffRole.COUNSELOR);
		this.students = new QuestionnaireDriver(this.mvc);
	}

	@Test
	void studentsJoinWithTheCodeAndTheCounselorSeesTheirResults() throws Exception {
		String group = createGroup(this.rivera, "Period 3");
		String code = code(group);

		// The link leads to the start page, which says who will see the result.
		assertThat(this.mvc.get().uri("/join/" + code.toLowerCase())).hasRedirectedUrl("/questionnaire?group=" + code);
		assertThat(this.mvc.get().uri("/questionnaire?group=" + code)).hasStatusOk()
			.bodyText()
			.contains("Ms. Rivera will see the result you make here, as part of the group &quot;Period 3&quot;");
		assertThat(this.mvc.get().uri("/questionnaire?group=ZZZZZZ")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("No open group has this code");

		String ana = this.students.complete("quick", QuestionnaireDriver::hiPersona, code,
				Map.of("groupShare", "yes", "groupNickname", "=SUM(A1)"));
		String anonymous = this.students.complete("quick", QuestionnaireDriver::himPersona, code,
				Map.of("groupShare", "yes"));
		String declined = this.students.complete("quick", QuestionnaireDriver::himPersona, code, Map.of());
		assertThat(ana).startsWith("/results/manage/");
		assertThat(declined).startsWith("/results/manage/");

		String dashboard = page(this.rivera, "/counselor/groups/" + group);
		assertThat(dashboard).contains("Results (2)", "=SUM(A1)", "(no nickname given)", "HI fits better",
				"HIM fits better", "These figures appear once the group holds at least 10 results");
		assertThat(page(this.rivera, "/counselor/groups/" + group + "?verdict=HI")).contains("=SUM(A1)")
			.doesNotContain("(no nickname given)");
		assertThat(this.mvc.get().uri("/counselor/groups/" + group + "?verdict=NONE").with(user(this.rivera)))
			.hasStatus(HttpStatus.BAD_REQUEST);

		// The student sees who sees the result, and can leave.
		String manage = this.mvc.get().uri(anonymous).exchange().getResponse().getContentAsString();
		assertThat(manage).contains("The group &quot;Period 3&quot; of Ms. Rivera");
		Matcher leave = Pattern.compile("action=\"(/results/manage/[^\"]+/leave)\"").matcher(manage);
		assertThat(leave.find()).isTrue();
		assertThat(this.mvc.post().uri(leave.group(1)).with(csrf())).hasRedirectedUrl(anonymous + "?left");
		assertThat(page(this.rivera, "/counselor/groups/" + group)).contains("Results (1)")
			.doesNotContain("(no nickname given)");

		// A note is the counselor's alone.
		String member = memberId(page(this.rivera, "/counselor/groups/" + group));
		assertThat(this.mvc.post()
			.uri("/counselor/groups/" + group + "/members/" + member + "/note")
			.with(user(this.rivera))
			.with(csrf())
			.param("note", "Talk about the RHIA route")).hasStatus3xxRedirection();
		assertThat(page(this.rivera, "/counselor/groups/" + group)).contains("Talk about the RHIA route");
		String view = "/results/" + this.students.viewToken(ana);
		assertThat(this.mvc.get().uri(view)).bodyText().doesNotContain("Talk about the RHIA route");

		// CSV: a byte-order mark, one row per result, the formula neutralised.
		MvcTestResult csv = this.mvc.get()
			.uri("/counselor/groups/" + group + "/results.csv")
			.with(user(this.rivera))
			.exchange();
		assertThat(csv).hasStatusOk().hasHeader("Cache-Control", "no-store");
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text.lines()).hasSize(2);
		assertThat(text).contains("'=SUM(A1)", "Talk about the RHIA route").doesNotContain(",=SUM");
		String aggregates = new String(this.mvc.get()
			.uri("/counselor/groups/" + group + "/aggregates.csv")
			.with(user(this.rivera))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(aggregates).contains("Results in the group,Period 3,fewer than 10")
			.contains("Results by verdict,HI fits better,fewer than 10");

		// Deleting a result takes it out of every group.
		assertThat(this.mvc.post().uri(ana + "/delete").with(csrf()).param("confirm", "yes"))
			.hasRedirectedUrl("/results/deleted");
		assertThat(page(this.rivera, "/counselor/groups/" + group)).contains("Results (0)");
	}

	@Test
	void theChoiceToShareIsKeptWhenTheStudentSavesAndResumes() throws Exception {
		String code = code(createGroup(this.rivera, "Workshop"));
		String token = this.students.start("quick", code);
		String about = "/questionnaire/" + token + "/about";
		assertThat(this.mvc.get().uri(about)).bodyText().contains("name=\"groupShare\" value=\"yes\" checked");

		// Saved without the box ticked: it stays unticked, with the nickname, on
		// resuming.
		assertThat(this.mvc.post()
			.uri(about)
			.with(csrf())
			.param("action", "save")
			.param("licence", "none")
			.param("groupNickname", "Jo")).hasRedirectedUrl("/questionnaire/" + token + "/saved");
		assertThat(this.mvc.get().uri(about)).bodyText().contains("name=\"groupShare\" value=\"yes\">", "value=\"Jo\"");

		assertThat(this.mvc.post()
			.uri(about)
			.with(csrf())
			.param("action", "save")
			.param("licence", "none")
			.param("groupShare", "yes")).hasRedirectedUrl("/questionnaire/" + token + "/saved");
		assertThat(this.mvc.get().uri(about)).bodyText().contains("name=\"groupShare\" value=\"yes\" checked");
	}

	@Test
	void anotherCounselorReachesNoneOfIt() throws Exception {
		String group = createGroup(this.rivera, "Private group");
		String code = code(group);
		String manage = this.students.complete("quick", QuestionnaireDriver::hiPersona, code,
				Map.of("groupShare", "yes", "groupNickname", "AB"));
		String member = memberId(page(this.rivera, "/counselor/groups/" + group));
		String own = createGroup(this.other, "Other group");

		for (String path : new String[] { "/counselor/groups/" + group, "/counselor/groups/" + group + "/qr.png",
				"/counselor/groups/" + group + "/results.csv", "/counselor/groups/" + group + "/aggregates.csv",
				"/counselor/groups/" + group + "/delete", "/counselor/groups/" + code,
				"/counselor/groups/" + "x".repeat(24) }) {
			assertThat(this.mvc.get().uri(path).with(user(this.other))).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.post()
			.uri("/counselor/groups/" + group + "/members/" + member + "/note")
			.with(user(this.other))
			.with(csrf())
			.param("note", "mine now")).hasStatus(HttpStatus.NOT_FOUND);
		// Not even through their own group with the other's member id.
		assertThat(this.mvc.post()
			.uri("/counselor/groups/" + own + "/members/" + member + "/note")
			.with(user(this.other))
			.with(csrf())
			.param("note", "mine now")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/counselor/groups/" + group + "/delete")
			.with(user(this.other))
			.with(csrf())
			.param("confirm", "yes")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/counselor/groups/" + group + "/add")
			.with(user(this.other))
			.with(csrf())
			.param("link", "/results/" + this.students.viewToken(manage))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/counselor/groups/" + group + "/members/" + member + "/note")
			.with(user(this.rivera))
			.param("note", "no token")).as("CSRF").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(page(this.rivera, "/counselor/groups/" + group)).contains("AB").doesNotContain("mine now");
		assertThat(page(this.other, "/counselor")).contains("Other group").doesNotContain("Private group");
	}

	@Test
	void everyStaffFormNeedsItsCsrfTokenAndEveryStaffPageASignIn() {
		String group = createGroup(this.rivera, "Forms");
		String someone = "y".repeat(24);
		for (String path : new String[] { "/counselor/groups", "/counselor/groups/" + group + "/add",
				"/counselor/groups/" + group + "/members/" + someone + "/note",
				"/counselor/groups/" + group + "/delete", "/admin/staff/invitations",
				"/admin/staff/" + someone + "/disable", "/admin/staff/invitations/" + someone + "/revoke",
				"/account/password", "/logout" }) {
			assertThat(this.mvc.post().uri(path).with(user(this.rivera))).as(path).hasStatus(HttpStatus.FORBIDDEN);
		}
		for (String path : new String[] { "/counselor", "/counselor/groups/" + group,
				"/counselor/groups/" + group + "/qr.png", "/counselor/groups/" + group + "/results.csv",
				"/counselor/groups/" + group + "/aggregates.csv", "/counselor/groups/" + group + "/delete",
				"/admin/staff", "/account" }) {
			MvcTestResult anonymous = this.mvc.get().uri(path).exchange();
			assertThat(anonymous).as(path).hasStatus(HttpStatus.FOUND);
			assertThat(anonymous.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
		}
		assertThat(this.mvc.post()
			.uri("/counselor/groups")
			.with(csrf())
			.param("name", "x")
			.param("endsOn", "2099-01-01")
			.exchange()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
		assertThat(this.mvc.get().uri("/admin/staff").with(user(this.rivera))).as("counselors are not administrators")
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aResultIsAddedByItsLinkOnce() throws Exception {
		String group = createGroup(this.rivera, "By link");
		String view = this.students.viewToken(this.students.complete("quick", QuestionnaireDriver::hiPersona));
		String link = "http://localhost/results/" + view;
		assertThat(post(this.rivera, "/counselor/groups/" + group + "/add", "link", link))
			.hasRedirectedUrl("/counselor/groups/" + group + "?added");
		assertThat(post(this.rivera, "/counselor/groups/" + group + "/add", "link", view))
			.hasRedirectedUrl("/counselor/groups/" + group + "?already");
		assertThat(post(this.rivera, "/counselor/groups/" + group + "/add", "link", "http://localhost/results/nope"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("No result exists at that link");
		assertThat(page(this.rivera, "/counselor/groups/" + group)).contains("Results (1)");
	}

	@Test
	void endedGroupsCannotBeJoinedAndAreDeletedAfterTheRetentionPeriod() throws Exception {
		String group = createGroup(this.rivera, "Last year");
		String code = code(group);
		String manage = this.students.complete("quick", QuestionnaireDriver::hiPersona, code,
				Map.of("groupShare", "yes"));
		this.jdbc.update("update counselor_group set ends_on = current_date - 1 where public_id = ?", group);
		assertThat(this.mvc.get().uri("/questionnaire?group=" + code)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/questionnaire").with(csrf()).param("form", "quick").param("group", code))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.groups.purgeEnded()).isZero();

		this.jdbc.update("update counselor_group set ends_on = current_date - 91 where public_id = ?", group);
		assertThat(this.groups.purgeEnded()).isEqualTo(1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from counselor_group where public_id = ?", Long.class, group))
			.isZero();
		assertThat(this.mvc.get().uri(manage)).as("the result stays").hasStatusOk();
	}

	@Test
	void aCounselorDeletesAGroupAfterConfirming() throws Exception {
		String group = createGroup(this.rivera, "Short workshop");
		assertThat(page(this.rivera, "/counselor/groups/" + group + "/delete")).contains("Delete the group");
		assertThat(post(this.rivera, "/counselor/groups/" + group + "/delete"))
			.hasRedirectedUrl("/counselor/groups/" + group + "/delete");
		assertThat(post(this.rivera, "/counselor/groups/" + group + "/delete", "confirm", "yes"))
			.hasRedirectedUrl("/counselor?deleted");
		assertThat(this.mvc.get().uri("/counselor/groups/" + group).with(user(this.rivera)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post(this.rivera, "/counselor/groups", "name", "", "endsOn", "2020-01-01"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Please give the group a name", "The last day cannot be in the past");
	}

	private String createGroup(StaffUser counselor, String name) {
		String location = post(counselor, "/counselor/groups", "name", name, "endsOn", "2099-06-30").getResponse()
			.getRedirectedUrl();
		Matcher matcher = GROUP.matcher(location);
		assertThat(matcher.find()).as(location).isTrue();
		return matcher.group(1);
	}

	private String code(String group) throws Exception {
		Matcher matcher = CODE.matcher(page(this.rivera, "/counselor/groups/" + group));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String memberId(String dashboard) {
		Matcher matcher = Pattern.compile("id=\"m-([A-Za-z0-9_-]{24})\"").matcher(dashboard);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private String page(StaffUser counselor, String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).with(user(counselor)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private MvcTestResult post(StaffUser counselor, String path, String... fields) {
		var post = this.mvc.post().uri(path).with(user(counselor)).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			post.param(fields[i], fields[i + 1]);
		}
		return post.exchange();
	}

}
