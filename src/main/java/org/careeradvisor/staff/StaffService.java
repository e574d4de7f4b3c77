package org.careeradvisor.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.careeradvisor.web.NotFoundException;
import org.careeradvisor.web.SecureTokens;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: the first administrator from the setup link, counselors and
 * administrators from invitations, passwords, disabling, and the count of failed
 * sign-ins.
 */
@Service
@Transactional
class StaffService implements StaffDirectory {

	/** How long an invitation link works. */
	static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

	/** How long the setup link printed in the log works. */
	static final Duration SETUP_LIFETIME = Duration.ofHours(24);

	private final StaffAccountRepository accounts;

	private final InvitationRepository invitations;

	private final SetupTokenRepository setupTokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final Clock clock;

	StaffService(StaffAccountRepository accounts, InvitationRepository invitations, SetupTokenRepository setupTokens,
			PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			FindByIndexNameSessionRepository<? extends Session> sessions, Clock clock) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.setupTokens = setupTokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** What became of a form: saved, or refused with a message key per field. */
	sealed interface Outcome permits Saved, Refused {

	}

	record Saved() implements Outcome {
	}

	/**
	 * @param problems message keys by field name, in the order of the form
	 */
	record Refused(Map<String, String> problems) implements Outcome {
	}

	/** An account as the administrators' page lists it. */
	record AccountView(String publicId, String username, String displayName, StaffRole role, boolean enabled,
			LocalDateTime createdAt) {
	}

	/** An open invitation as the administrators' page lists it. */
	record InvitationView(String publicId, StaffRole role, String note, LocalDateTime expiresAt) {
	}

	// The first administrator

	/**
	 * A new one-time setup link when no administrator exists yet, otherwise nothing.
	 */
	Optional<String> newSetupTokenIfNeeded() {
		if (this.accounts.existsByRoleAndEnabledTrue(StaffRole.ADMIN)) {
			return Optional.empty();
		}
		String token = SecureTokens.newToken();
		this.setupTokens.save(new SetupToken(SecureTokens.hash(token), now().plus(SETUP_LIFETIME)));
		return Optional.of(token);
	}

	@Transactional(readOnly = true)
	void requireSetupLink(String token) {
		if (!SecureTokens.isWellFormed(token) || !this.setupTokens.isValid(SecureTokens.hash(token), now())) {
			throw new NotFoundException("Setup link unknown, used or expired");
		}
	}

	Outcome createFirstAdministrator(String token, AccountForm form) {
		requireSetupLink(token);
		Map<String, String> problems = problems(form);
		if (!problems.isEmpty()) {
			return new Refused(problems);
		}
		if (this.setupTokens.deleteValid(SecureTokens.hash(token), now()) != 1) {
			throw new NotFoundException("Setup link used meanwhile");
		}
		this.setupTokens.deleteAll();
		create(form, StaffRole.ADMIN);
		return new Saved();
	}

	// Invitations

	/** A new invitation; answers its token, which is shown once and never stored. */
	String invite(InvitationForm form, long invitedBy) {
		String token = SecureTokens.newToken();
		LocalDateTime now = now();
		this.invitations.save(new Invitation(SecureTokens.hash(token), SecureTokens.newToken(), form.role(),
				form.note(), invitedBy, now, now.plus(INVITATION_LIFETIME)));
		return token;
	}

	void revoke(String publicId) {
		this.invitations.deleteOpenByPublicId(publicId);
	}

	@Transactional(readOnly = true)
	InvitationView invitation(String token) {
		return openInvitation(token).map(StaffService::view)
			.orElseThrow(() -> new NotFoundException("Invitation unknown, used or expired"));
	}

	Outcome acceptInvitation(String token, AccountForm form) {
		Invitation invitation = Optional.of(token)
			.filter(SecureTokens::isWellFormed)
			.flatMap((t) -> this.invitations.findForAcceptance(SecureTokens.hash(t)))
			.filter((i) -> i.isOpen(now()))
			.orElseThrow(() -> new NotFoundException("Invitation unknown, used or expired"));
		Map<String, String> problems = problems(form);
		if (!problems.isEmpty()) {
			return new Refused(problems);
		}
		invitation.acceptedBy(create(form, invitation.getRole()));
		return new Saved();
	}

	@Transactional(readOnly = true)
	List<InvitationView> openInvitations() {
		return this.invitations.findOpen(now()).stream().map(StaffService::view).toList();
	}

	// Accounts

	@Transactional(readOnly = true)
	List<AccountView> accounts() {
		return this.accounts.findAllByOrderByDisplayNameAsc()
			.stream()
			.map((a) -> new AccountView(a.getPublicId(), a.getUsername(), a.getDisplayName(), a.getRole(),
					a.isEnabled(), a.getCreatedAt()))
			.toList();
	}

	/**
	 * Disables or enables an account. A disabled account's sessions end at once. Nobody
	 * disables their own account (the last administrator could lock everyone out).
	 * @return whether anything changed
	 */
	boolean setEnabled(String publicId, boolean enabled, long byAccountId) {
		StaffAccount account = this.accounts.findByPublicId(publicId)
			.orElseThrow(() -> new NotFoundException("No such account"));
		if (account.getId() == byAccountId) {
			return false;
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
			this.sessions.findByPrincipalName(account.getUsername()).keySet().forEach(this.sessions::deleteById);
		}
		return true;
	}

	/**
	 * Changes a password when the current one is right. Every other session of the
	 * account ends, so that whoever knew the old password is signed out everywhere.
	 */
	Outcome changePassword(long accountId, PasswordForm form, String currentSessionId) {
		StaffAccount account = this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("No such account"));
		Map<String, String> problems = new LinkedHashMap<>();
		if (!this.passwordEncoder.matches(form.current(), account.getPasswordHash())) {
			problems.put("current", "password.current.wrong");
		}
		passwordProblem(form.password(), form.confirmation(), account.getUsername(), account.getDisplayName())
			.forEach(problems::put);
		if (!problems.isEmpty()) {
			return new Refused(problems);
		}
		account.changePassword(this.passwordEncoder.encode(form.password()));
		this.sessions.findByPrincipalName(account.getUsername())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(currentSessionId))
			.forEach(this.sessions::deleteById);
		return new Saved();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> displayName(long accountId) {
		return this.accounts.findById(accountId).filter(StaffAccount::isEnabled).map(StaffAccount::getDisplayName);
	}

	// Sign-in bookkeeping

	void failedSignIn(String username) {
		this.accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.ifPresent((account) -> account.failedSignIn(now()));
	}

	void signedIn(String username) {
		this.accounts.findByUsername(username).ifPresent(StaffAccount::signedIn);
	}

	// Helpers

	private StaffAccount create(AccountForm form, StaffRole role) {
		return this.accounts.save(new StaffAccount(SecureTokens.newToken(), form.username(), form.displayName(),
				this.passwordEncoder.encode(form.password()), role, now()));
	}

	/**
	 * What the database and the password rules say about a new account (a taken username,
	 * a weak password), beyond what its form's annotations check.
	 */
	@Transactional(readOnly = true)
	Map<String, String> problems(AccountForm form) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (form.username() != null && this.accounts.existsByUsername(form.username())) {
			problems.put("username", "account.username.taken");
		}
		if (form.password() != null && !form.password().isEmpty()) {
			problems.putAll(passwordProblem(form.password(), form.confirmation(), form.username(), form.displayName()));
		}
		return problems;
	}

	private Map<String, String> passwordProblem(String password, String confirmation, String username,
			String displayName) {
		List<String> personal = Stream.of(username, displayName).filter(Objects::nonNull).toList();
		Optional<PasswordPolicy.Problem> problem = this.passwordPolicy.check(password, personal);
		if (problem.isPresent()) {
			return Map.of("password", "password.problem." + problem.get().name());
		}
		if (!password.equals(confirmation)) {
			return Map.of("confirmation", "password.confirmation.different");
		}
		return Map.of();
	}

	private Optional<Invitation> openInvitation(String token) {
		if (!SecureTokens.isWellFormed(token)) {
			return Optional.empty();
		}
		return this.invitations.findByTokenHash(SecureTokens.hash(token)).filter((i) -> i.isOpen(now()));
	}

	private static InvitationView view(Invitation invitation) {
		return new InvitationView(invitation.getPublicId(), invitation.getRole(), invitation.getNote(),
				invitation.getExpiresAt());
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}
