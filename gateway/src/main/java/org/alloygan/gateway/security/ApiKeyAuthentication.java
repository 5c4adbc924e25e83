package org.alloygan.gateway.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A caller authenticated by an API key; its authorities are the key's roles. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final ApiKey key;

	ApiKeyAuthentication(ApiKey key) {
		super(key.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
		this.key = key;
		setAuthenticated(true);
	}

	ApiKey key() {
		return this.key;
	}

	@Override
	public Object getCredentials() {
		// the secret is not kept once the key is found
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.key;
	}

	@Override
	public String getName() {
		return "apikey:" + this.key.id();
	}

}
