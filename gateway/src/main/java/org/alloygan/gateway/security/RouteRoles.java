package org.alloygan.gateway.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** {@link AccessPolicy} as request matchers, for the authorisation rules and for explaining a 403. */
final class RouteRoles {

	record Entry(RequestMatcher matcher, Role role) {
	}

	private final List<Entry> entries;

	RouteRoles(List<AccessPolicy.Rule> rules) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		this.entries = rules.stream()
			.map((rule) -> new Entry(paths.matcher(rule.method(), rule.pattern()), rule.role()))
			.toList();
	}

	List<Entry> entries() {
		return this.entries;
	}

	/** The least role the request needs, or null when no rule names it. */
	Role required(HttpServletRequest request) {
		return this.entries.stream()
			.filter((entry) -> entry.matcher().matches(request))
			.map(Entry::role)
			.findFirst()
			.orElse(null);
	}

}
