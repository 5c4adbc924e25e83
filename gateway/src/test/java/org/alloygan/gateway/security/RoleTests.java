package org.alloygan.gateway.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The role hierarchy Spring Security applies is the one {@link Role#includes} describes. */
class RoleTests {

	@Test
	void springSecuritysHierarchyMatchesIncludes() {
		RoleHierarchyImpl hierarchy = RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
		for (Role held : Role.values()) {
			var reachable = hierarchy.getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList(held.authority()))
				.stream()
				.map(GrantedAuthority::getAuthority)
				.toList();
			for (Role required : Role.values()) {
				assertThat(reachable.contains(required.authority())).as("%s reaches %s", held, required)
					.isEqualTo(held.includes(required));
			}
		}
	}

	@Test
	void namesAreCaseInsensitiveAndUnknownOnesAreExplained() {
		assertThat(Role.of(" Curator ")).isEqualTo(Role.CURATOR);
		assertThatIllegalArgumentException().isThrownBy(() -> Role.of("root")).withMessageContaining("viewer, designer");
	}

}
