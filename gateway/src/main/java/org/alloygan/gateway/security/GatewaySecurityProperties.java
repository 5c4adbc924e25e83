package org.alloygan.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Security settings of the gateway ({@code alloygan.gateway.*}, see docs/api.md).
 *
 * @param bootstrapKeyFile where the admin key created at first start is written (owner-only), or empty
 * @param bootstrapAdminKey an operator-provided admin key (env ALLOYGAN_BOOTSTRAP_ADMIN_KEY), stored hashed
 * and never logged; when set, no key is generated
 * @param maxBodySize larger request bodies are refused with 413
 */
@ConfigurationProperties("alloygan.gateway")
record GatewaySecurityProperties(String bootstrapKeyFile, String bootstrapAdminKey,
		@DefaultValue("60MB") DataSize maxBodySize, @DefaultValue RateLimit rateLimit, @DefaultValue Cors cors,
		@DefaultValue Jwt jwt, @DefaultValue KeyCache apiKeyCache) {

	/**
	 * @param ttl how long a key found active is trusted without asking the database again, as long as the
	 * revocation listener is up (see the class ApiKeyCache); 0 turns the cache off
	 */
	record KeyCache(@DefaultValue("30s") Duration ttl) {
	}

	/**
	 * @param requestsPerMinute per key (or token subject), unless the key has its own limit; a caller may
	 * spend a whole minute's worth at once, then one more request every 60/limit seconds
	 */
	record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("3000") long requestsPerMinute) {
	}

	/** @param allowedOrigins browser origins allowed to call the API (dashboards); empty: none */
	record Cors(@DefaultValue List<String> allowedOrigins,
			@DefaultValue({ "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD" }) List<String> allowedMethods,
			@DefaultValue("3600") long maxAgeSeconds) {

		List<String> origins() {
			return this.allowedOrigins.stream().filter(StringUtils::hasText).map(String::trim).toList();
		}

	}

	/**
	 * OAuth2/JWT bearer tokens, accepted besides API keys when an issuer or a JWK set is configured.
	 *
	 * @param rolesClaim the claim holding role names (a list or a space-separated string); a dotted path
	 * reaches into objects, e.g. {@code realm_access.roles}
	 * @param principalClaim the claim naming the caller
	 */
	record Jwt(String issuerUri, String jwkSetUri, @DefaultValue("roles") String rolesClaim,
			@DefaultValue("sub") String principalClaim) {

		boolean enabled() {
			return StringUtils.hasText(this.issuerUri) || StringUtils.hasText(this.jwkSetUri);
		}

	}

}
