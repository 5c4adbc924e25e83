package org.alloygan.gateway.security;

import java.util.UUID;

/** Published when a key is revoked, so that per-key state (rate-limit buckets) is dropped at once. */
record ApiKeyRevoked(UUID keyId) {
}
