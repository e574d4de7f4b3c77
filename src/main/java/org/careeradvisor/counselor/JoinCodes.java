package org.careeradvisor.counselor;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Join codes and pseudonyms. A code has six characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), so that it can be read aloud, copied from a board and
 * typed on a phone; students may type it in lower case, with spaces or a hyphen.
 */
final class JoinCodes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 6;

	private static final Pattern WELL_FORMED = Pattern.compile("[" + ALPHABET + "]{6,8}");

	private static final RandomGenerator RANDOM = new SecureRandom();

	private JoinCodes() {
	}

	static String newCode() {
		return random(LENGTH);
	}

	/**
	 * A pseudonym for a student without a nickname: short, and distinct enough within a
	 * class.
	 */
	static String newPseudonym() {
		return random(4);
	}

	/**
	 * The code as stored, from what someone typed, or empty when it cannot be one.
	 */
	static Optional<String> normalize(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return WELL_FORMED.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

	private static String random(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
