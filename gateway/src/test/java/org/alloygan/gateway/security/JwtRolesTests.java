package org.alloygan.gateway.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles and the principal from the configured claims of a token, in the shapes issuers use. */
class JwtRolesTests {

	@Test
	void aListClaimGivesTheRolesThatAreOurs() {
		var token = convert("roles", "sub", Map.of("roles", List.of("Curator", "uma_authorization", "viewer")));
		assertThat(authorities(token)).containsExactlyInAnyOrder("ROLE_CURATOR", "ROLE_VIEWER");
		assertThat(token.getName()).isEqualTo("subject-1");
	}

	@Test
	void aSpaceOrCommaSeparatedStringWorksToo() {
		var token = convert("scope", "sub", Map.of("scope", "designer openid,experimentalist"));
		assertThat(authorities(token)).containsExactlyInAnyOrder("ROLE_DESIGNER", "ROLE_EXPERIMENTALIST");
	}

	@Test
	void aDottedPathReachesNestedClaimsAndThePrincipalClaimNamesTheCaller() {
		var token = convert("realm_access.roles", "preferred_username",
				Map.of("realm_access", Map.of("roles", List.of("admin")), "preferred_username", "alice"));
		assertThat(authorities(token)).containsExactly("ROLE_ADMIN");
		assertThat(token.getName()).isEqualTo("alice");
	}

	@Test
	void missingClaimsGiveNoRolesAndTheSubject() {
		var token = convert("realm_access.roles", "preferred_username", Map.of("realm_access", "not an object"));
		assertThat(token.getAuthorities()).isEmpty();
		assertThat(token.getName()).isEqualTo("subject-1");
	}

	private static org.springframework.security.authentication.AbstractAuthenticationToken convert(String rolesClaim,
			String principalClaim, Map<String, Object> claims) {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("subject-1")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.claims((all) -> all.putAll(claims))
			.build();
		return new JwtRoles(new GatewaySecurityProperties.Jwt(null, "http://issuer/jwks", rolesClaim, principalClaim))
			.convert(jwt);
	}

	private static List<String> authorities(org.springframework.security.authentication.AbstractAuthenticationToken token) {
		return token.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
