package org.alloygan.gateway.security;

import org.springframework.security.authentication.BadCredentialsException;

/** An API key that is not (or no longer) valid; carries a fingerprint for the log, never the key. */
final class InvalidApiKeyException extends BadCredentialsException {

	private final String fingerprint;

	InvalidApiKeyException(String fingerprint) {
		super("the API key is not valid (unknown or revoked)");
		this.fingerprint = fingerprint;
	}

	String fingerprint() {
		return this.fingerprint;
	}

}
