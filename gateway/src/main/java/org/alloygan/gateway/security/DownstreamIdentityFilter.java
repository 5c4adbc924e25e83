package org.alloygan.gateway.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.alloygan.support.web.CorrelationIdFilter;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the services who is calling: {@value #PRINCIPAL}, {@value #PRINCIPAL_NAME} and {@value #ROLES}
 * (effective roles, comma-separated) replace whatever a caller sent under those names (any
 * {@code X-Alloygan-*} header from outside is dropped, so identity cannot be forged), and the caller's
 * credentials ({@code X-API-Key}, {@code Authorization}) are not forwarded. The correlation id travels
 * as {@code X-Correlation-Id}.
 */
final class DownstreamIdentityFilter extends OncePerRequestFilter {

	static final String PRINCIPAL = "X-Alloygan-Principal";

	static final String PRINCIPAL_NAME = "X-Alloygan-Principal-Name";

	static final String ROLES = "X-Alloygan-Roles";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String> added = new LinkedHashMap<>();
		Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
		if (caller != null) {
			added.put(PRINCIPAL, caller.id());
			added.put(PRINCIPAL_NAME, caller.name());
			added.put(ROLES, caller.rolesHeader());
		}
		chain.doFilter(new WithIdentity(request, added), new OneCorrelationId(response));
	}

	private static boolean hidden(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith("x-alloygan-") || lower.equals("x-api-key") || lower.equals("authorization");
	}

	/**
	 * The gateway already answers with the request's correlation id; the copy a service sends back is the
	 * same id and is not added a second time.
	 */
	private static final class OneCorrelationId extends HttpServletResponseWrapper {

		OneCorrelationId(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addHeader(String name, String value) {
			if (!(CorrelationIdFilter.HEADER.equalsIgnoreCase(name) && containsHeader(name))) {
				super.addHeader(name, value);
			}
		}

	}

	private static final class WithIdentity extends HttpServletRequestWrapper {

		private final Map<String, String> added;

		WithIdentity(HttpServletRequest request, Map<String, String> added) {
			super(request);
			this.added = added;
		}

		private String addedValue(String name) {
			return this.added.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? addedValue(name) : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if (hidden(name)) {
				String value = addedValue(name);
				return Collections.enumeration((value != null) ? List.of(value) : List.of());
			}
			return super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames())
				.stream()
				.filter((name) -> !hidden(name))
				.collect(Collectors.toCollection(ArrayList::new));
			names.addAll(this.added.keySet());
			return Collections.enumeration(names);
		}

	}

}
