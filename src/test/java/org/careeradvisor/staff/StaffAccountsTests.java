package org.careeradvisor.staff;

import java.net.http.HttpResponse;

import org.careeradvisor.support.WebClient;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeradvisor.support.WebClient.location;

/**
 * Staff accounts over real HTTP with database sessions: the setup link works once, strong
 * passwords only, sign-in and sign-out, invitations (once, and not after seven days),
 * roles, disabling (which ends the account's sessions), password change, and throttling
 * of failed sign-ins per account and per address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(OrderAnnotation.class)
class StaffAccountsTests {

	static final String ADMIN_PASSWORD = "copper kettle orbits quietly";

	static final String COUNSELOR_PASSWORD = "maple lantern drifts north";

	@LocalServerPort
	int port;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LoginThrottle throttle;

	@Test
	@Order(1)
	void theSetupLinkCreatesTheFirstAdministratorOnce() {
		String token = this.staff.newSetupTokenIfNeeded().orElseThrow();
		WebClient browser = new WebClient(this.port);
		assertThat(browser.get("/setup/" + token).body()).contains("Create the first administrator");
		assertThat(browser.get("/setup/" + "A".repeat(24)).statusCode()).isEqualTo(404);

		HttpResponse<String> weak = browser.post("/setup/" + token, "username", "Principal", "displayName",
				"Dr. Okafor", "password", "password1234", "confirmation", "password1234");
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("list of common passwords").doesNotContain("password1234");
		HttpResponse<String> different = browser.post("/setup/" + token, "username", "principal", "displayName",
				"Dr. Okafor", "password", ADMIN_PASSWORD, "confirmation", ADMIN_PASSWORD + "!");
		assertThat(different.body()).contains("The two passwords are not the same");
		assertThat(browser
			.post("/setup/" + token, "username", "x", "displayName", "", "password", "short", "confirmation", "short")
			.body()).contains("A username has 3 to 40 characters", "Please enter the name students will see",
					"at least 12 characters");
		assertThat(count("staff_account")).isZero();

		HttpResponse<String> created = browser.post("/setup/" + token, "username", " Principal ", "displayName",
				"Dr. Okafor", "password", ADMIN_PASSWORD, "confirmation", ADMIN_PASSWORD);
		assertThat(location(created)).isEqualTo("/login?created");
		assertThat(this.jdbc.queryForObject("select password_hash from staff_account where username = 'principal'",
				String.class))
			.startsWith("{bcrypt}");
		assertThat(browser.get("/setup/" + token).statusCode()).isEqualTo(404);
		assertThat(browser
			.post("/setup/" + token, "username", "second", "displayName", "Second", "password", ADMIN_PASSWORD,
					"confirmation", ADMIN_PASSWORD)
			.statusCode()).isEqualTo(404);
		assertThat(this.staff.newSetupTokenIfNeeded()).isEmpty();
		assertThat(count("staff_setup")).isZero();
	}

	@Test
	@Order(2)
	void staffPagesSendAnonymousVisitorsToTheSignInPage() {
		WebClient anonymous = new WebClient(this.port);
		for (String path : new String[] { "/counselor", "/counselor/groups/x", "/admin/staff", "/account" }) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(location(response)).as(path).isEqualTo("/login");
		}
		HttpResponse<String> login = anonymous.get("/login");
		assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(login.body()).contains("Staff sign-in");
		// The sign-in page itself needs no session.
		assertThat(count("spring_session")).isZero();
		// And a post without the CSRF token is refused.
		anonymous.forgetCsrfToken();
		assertThat(anonymous.post("/login", "username", "principal", "password", ADMIN_PASSWORD).statusCode())
			.isEqualTo(403);
	}

	@Test
	@Order(3)
	void anInvitationMakesACounselorWhoCannotReachTheAdminPages() {
		WebClient admin = new WebClient(this.port);
		assertThat(admin.signIn("principal", ADMIN_PASSWORD)).isEqualTo("/counselor");
		assertThat(count("spring_session")).isPositive();
		String link = invite(admin, "COUNSELOR", "For Ana");
		assertThat(admin.get("/admin/staff").body()).contains("For Ana");

		WebClient ana = new WebClient(this.port);
		assertThat(ana.get(link).body()).contains("You were invited to join as: Counselor");
		assertThat(location(ana.post(link, "username", "ana.rivera", "displayName", "Ms. Rivera", "password",
				COUNSELOR_PASSWORD, "confirmation", COUNSELOR_PASSWORD)))
			.isEqualTo("/login?created");
		assertThat(ana.get(link).statusCode()).as("used once").isEqualTo(404);
		assertThat(ana.signIn("ana.rivera", COUNSELOR_PASSWORD)).isEqualTo("/counselor");
		assertThat(ana.get("/counselor").body()).contains("Signed in as Ms. Rivera").doesNotContain("Staff accounts");
		assertThat(ana.get("/admin/staff").statusCode()).isEqualTo(403);
		assertThat(ana.post("/admin/staff/invitations", "role", "ADMIN").statusCode()).isEqualTo(403);

		// Sign-out ends the session.
		ana.get("/counselor");
		assertThat(location(ana.post("/logout"))).isEqualTo("/login?signedOut");
		assertThat(location(ana.get("/counselor"))).isEqualTo("/login");
	}

	@Test
	@Order(4)
	void anInvitationExpiresAfterSevenDaysAndCanBeRevoked() {
		WebClient admin = new WebClient(this.port);
		admin.signIn("principal", ADMIN_PASSWORD);
		String expiring = invite(admin, "COUNSELOR", "Late");
		this.jdbc.update(
				"update staff_invitation set expires_at = dateadd('SECOND', -1, localtimestamp) where note = 'Late'");
		assertThat(new WebClient(this.port).get(expiring).statusCode()).isEqualTo(404);

		String revoked = invite(admin, "ADMIN", "Revoked");
		String publicId = this.jdbc.queryForObject("select public_id from staff_invitation where note = 'Revoked'",
				String.class);
		admin.get("/admin/staff");
		assertThat(location(admin.post("/admin/staff/invitations/" + publicId + "/revoke")))
			.isEqualTo("/admin/staff?revoked");
		assertThat(new WebClient(this.port).get(revoked).statusCode()).isEqualTo(404);
	}

	@Test
	@Order(5)
	void aDisabledAccountIsSignedOutAndCannotSignIn() {
		WebClient admin = new WebClient(this.port);
		admin.signIn("principal", ADMIN_PASSWORD);
		String link = invite(admin, "COUNSELOR", null);
		WebClient ben = new WebClient(this.port);
		ben.submit(link, link, "username", "ben", "displayName", "Mr. Ben", "password", COUNSELOR_PASSWORD,
				"confirmation", COUNSELOR_PASSWORD);
		assertThat(ben.signIn("ben", COUNSELOR_PASSWORD)).isEqualTo("/counselor");
		assertThat(ben.get("/counselor").statusCode()).isEqualTo(200);

		String publicId = this.jdbc.queryForObject("select public_id from staff_account where username = 'ben'",
				String.class);
		admin.get("/admin/staff");
		assertThat(location(admin.post("/admin/staff/" + publicId + "/disable"))).isEqualTo("/admin/staff?disabled");
		assertThat(location(ben.get("/counselor"))).as("session ended").isEqualTo("/login");
		assertThat(ben.signIn("ben", COUNSELOR_PASSWORD)).isEqualTo("/login?error");

		// Nobody disables themselves.
		String own = this.jdbc.queryForObject("select public_id from staff_account where username = 'principal'",
				String.class);
		admin.get("/admin/staff");
		assertThat(location(admin.post("/admin/staff/" + own + "/disable"))).isEqualTo("/admin/staff?self");
		assertThat(location(admin.post("/admin/staff/" + publicId + "/enable"))).isEqualTo("/admin/staff?enabled");
		assertThat(ben.signIn("ben", COUNSELOR_PASSWORD)).isEqualTo("/counselor");
	}

	@Test
	@Order(6)
	void aPasswordChangeNeedsTheCurrentPasswordAndSignsOutEveryOtherBrowser() {
		WebClient ana = new WebClient(this.port);
		ana.signIn("ana.rivera", COUNSELOR_PASSWORD);
		WebClient otherBrowser = new WebClient(this.port);
		otherBrowser.signIn("ana.rivera", COUNSELOR_PASSWORD);
		assertThat(otherBrowser.get("/counselor").statusCode()).isEqualTo(200);
		String next = "violet harbour seven tides";
		assertThat(ana
			.submit("/account", "/account/password", "current", "wrong password here", "password", next, "confirmation",
					next)
			.body()).contains("That is not your current password");
		assertThat(location(ana.submit("/account", "/account/password", "current", COUNSELOR_PASSWORD, "password", next,
				"confirmation", next)))
			.isEqualTo("/account?changed");
		assertThat(ana.get("/account?changed").body()).contains("Your password is changed.");
		assertThat(location(otherBrowser.get("/counselor"))).endsWith("/login");
		assertThat(new WebClient(this.port).signIn("ana.rivera", COUNSELOR_PASSWORD)).isEqualTo("/login?error");
		assertThat(new WebClient(this.port).signIn("ana.rivera", next)).isEqualTo("/counselor");
	}

	@Test
	@Order(7)
	void fiveFailedSignInsLockTheAccountAndTwentyPauseTheAddress() {
		this.throttle.forgetAll();
		WebClient attacker = new WebClient(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(attacker.signIn("ben", "not the password " + i)).isEqualTo("/login?error");
		}
		assertThat(attacker.signIn("ben", COUNSELOR_PASSWORD)).as("locked even with the right password")
			.isEqualTo("/login?error");
		assertThat(this.jdbc.queryForObject("select locked_until from staff_account where username = 'ben'",
				java.time.LocalDateTime.class))
			.isNotNull();
		// The same answer as for a name nobody has, so a locked account gives away
		// nothing.
		assertThat(attacker.signIn("nobody-at-all", COUNSELOR_PASSWORD)).isEqualTo("/login?error");
		assertThat(attacker.get("/login?error").body()).contains("waits 15 minutes");
		// Other accounts still work, until the address has failed twenty times (the
		// attempt on the locked account counted too).
		for (int i = 0; i < 12; i++) {
			attacker.signIn("nobody-" + i, "wrong password " + i);
		}
		assertThat(attacker.signIn("principal", ADMIN_PASSWORD)).isEqualTo("/counselor");
		attacker.signIn("nobody", "wrong password");
		HttpResponse<String> paused = attacker.submit("/login", "/login", "username", "principal", "password",
				ADMIN_PASSWORD);
		assertThat(paused.statusCode()).isEqualTo(429);
		assertThat(paused.headers().firstValue("Retry-After")).isPresent();
		assertThat(paused.body()).contains("Too many failed sign-ins from this address");
	}

	@Test
	@Order(8)
	void twoPeopleAcceptingOneInvitationAtOnceMakeOneAccount() throws Exception {
		long admin = this.jdbc.queryForObject("select id from staff_account where username = 'principal'", Long.class);
		String token = this.staff.invite(new InvitationForm(StaffRole.COUNSELOR, "Race"), admin);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		java.util.List<java.util.concurrent.Future<Object>> outcomes = new java.util.ArrayList<>();
		for (String name : new String[] { "racer.one", "racer.two" }) {
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					return this.staff.acceptInvitation(token,
							new AccountForm(name, name, COUNSELOR_PASSWORD, COUNSELOR_PASSWORD));
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}));
		}
		start.countDown();
		long saved = 0;
		for (java.util.concurrent.Future<Object> outcome : outcomes) {
			saved += (outcome.get() instanceof StaffService.Saved) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(saved).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from staff_account where username like 'racer.%'",
				Long.class))
			.isOne();
	}

	private String invite(WebClient admin, String role, String note) {
		HttpResponse<String> page = admin.submit("/admin/staff", "/admin/staff/invitations", "role", role, "note",
				(note != null) ? note : "");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("value=\"https?://[^/]+(/invitations/[A-Za-z0-9_-]{24})\"")
			.matcher(page.body());
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
