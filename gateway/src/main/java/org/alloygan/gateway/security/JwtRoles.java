package org.alloygan.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads AlloyGAN roles from a configurable claim of a bearer token: a list or a space-separated string,
 * reached by a dotted path (Keycloak puts them in {@code realm_access.roles}). Names that are not
 * AlloyGAN roles are ignored, so a token with only foreign roles is authenticated but allowed nothing.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final GatewaySecurityProperties.Jwt settings;

	JwtRoles(GatewaySecurityProperties.Jwt settings) {
		this.settings = settings;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String name : roleNames(jwt)) {
			try {
				authorities.add(new SimpleGrantedAuthority(Role.of(name).authority()));
			}
			catch (IllegalArgumentException ex) {
				// not one of ours (tokens often carry roles for other applications)
			}
		}
		String principal = jwt.getClaimAsString(this.settings.principalClaim());
		return new JwtAuthenticationToken(jwt, authorities, (principal != null) ? principal : jwt.getSubject());
	}

	private List<String> roleNames(Jwt jwt) {
		Object value = jwt.getClaims();
		for (String part : this.settings.rolesClaim().split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return List.of();
			}
			value = map.get(part);
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		if (value instanceof String string) {
			return List.of(string.trim().split("[\\s,]+"));
		}
		return List.of();
	}

}
