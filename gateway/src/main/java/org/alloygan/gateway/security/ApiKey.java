package org.alloygan.gateway.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An API key as stored, without its secret (only the SHA-256 of the secret is kept).
 *
 * @param prefix the first characters of the key, to recognise it in lists
 * @param rateLimitPerMinute the key's own limit, or null for the configured default
 */
record ApiKey(UUID id, String name, String prefix, Set<Role> roles, Long rateLimitPerMinute, Instant createdAt,
		String createdBy, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

	boolean active() {
		return this.revokedAt == null;
	}

	String describe() {
		return "key " + this.id + " (" + this.prefix + ", '" + this.name + "')";
	}

}
