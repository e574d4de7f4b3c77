package org.careeradvisor.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a staff password must be: long enough, not on the list of the 30,000 most common
 * passwords that ships with zxcvbn4j, and not easy to guess by zxcvbn's estimate (which
 * also knows keyboard patterns, dates, names and the account's own name).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	/**
	 * zxcvbn's score from 0 (guessed at once) to 4; 3 resists an offline attack for
	 * years.
	 */
	private static final int MIN_SCORE = 3;

	/** Why a password is refused; each has a message {@code password.problem.*}. */
	enum Problem {

		TOO_SHORT, TOO_LONG, COMMON, EASY_TO_GUESS

	}

	private final Set<String> common;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * @param personal the account's username and display name, which a password must not
	 * lean on
	 */
	Optional<Problem> check(String password, List<String> personal) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of(Problem.COMMON);
		}
		if (this.zxcvbn.measure(password, personal).getScore() < MIN_SCORE) {
			return Optional.of(Problem.EASY_TO_GUESS);
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing: " + COMMON_PASSWORDS);
			}
			Set<String> passwords = new HashSet<>();
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map((line) -> line.strip().toLowerCase(Locale.ROOT))
				.filter((line) -> !line.isEmpty())
				.forEach(passwords::add);
			return passwords;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
