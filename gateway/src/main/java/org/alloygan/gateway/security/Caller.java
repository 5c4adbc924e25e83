package org.alloygan.gateway.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, whichever way they authenticated.
 *
 * @param id stable and unique: {@code apikey:<key id>} or {@code jwt:<principal claim>}
 * @param name for people: the key's name or the token's principal
 * @param roles the roles held, each with the roles it includes
 * @param rateLimitPerMinute the caller's own limit, or null for the default
 */
record Caller(String id, String name, Set<Role> roles, Long rateLimitPerMinute) {

	/** The caller behind an authentication, or null when nobody authenticated. */
	static Caller of(Authentication authentication) {
		if (authentication instanceof ApiKeyAuthentication apiKey) {
			ApiKey key = apiKey.key();
			return new Caller(apiKey.getName(), key.name(), effective(key.roles()), key.rateLimitPerMinute());
		}
		if (authentication instanceof JwtAuthenticationToken jwt) {
			Set<Role> roles = jwt.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.filter((authority) -> authority.startsWith("ROLE_"))
				.map((authority) -> Role.of(authority.substring("ROLE_".length())))
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
			return new Caller("jwt:" + jwt.getName(), jwt.getName(), effective(roles), null);
		}
		return null;
	}

	String rolesHeader() {
		return this.roles.stream().map(Role::id).collect(Collectors.joining(","));
	}

	private static Set<Role> effective(Set<Role> held) {
		Set<Role> all = EnumSet.noneOf(Role.class);
		held.forEach((role) -> all.addAll(role.effective()));
		return all;
	}

}
