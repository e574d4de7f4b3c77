package org.careeradvisor.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Unguessable URL-safe tokens: 144 random bits from {@link SecureRandom}, written as 24
 * base64url characters.
 */
public final class SecureTokens {

	private static final int BYTES = 18;

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{24}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecureTokens() {
	}

	public static String newToken() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Whether a value could be a token at all, so that malformed links are turned away
	 * before any query.
	 */
	public static boolean isWellFormed(String token) {
		return token != null && WELL_FORMED.matcher(token).matches();
	}

	/**
	 * The SHA-256 of a token, for tokens that must not be readable from the database.
	 */
	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
