package org.alloygan.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Making and hashing API keys. A key is 32 random bytes (256 bits), so a single SHA-256 is enough to store
 * it: slow password hashes exist to stop guessing of low-entropy secrets, and guessing 256 random bits is
 * hopeless either way, while a fast hash keeps every request cheap.
 */
final class ApiKeySecrets {

	/** Marks AlloyGAN keys, so that leaked ones are easy to recognise in logs or code scanning. */
	static final String PREFIX = "agk_";

	/** Keys provided by an operator must be at least this long to be treated as random secrets. */
	static final int MIN_LENGTH = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeySecrets() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	/** What may be shown of a key to recognise it (generated keys: agk_ and 8 of their 43 random characters). */
	static String displayPrefix(String key) {
		return (key.startsWith(PREFIX) && key.length() > 12) ? key.substring(0, 12) : "(operator key)";
	}

	/** How an unrecognised key is named in logs: a few hex digits of its hash, never the key itself. */
	static String fingerprint(String key) {
		return "sha256:" + hash(key).substring(0, 8);
	}

}
