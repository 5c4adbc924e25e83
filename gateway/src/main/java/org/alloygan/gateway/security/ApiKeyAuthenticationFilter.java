package org.alloygan.gateway.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code X-API-Key: <key>} or {@code Authorization: ApiKey <key>}. A key that is sent but
 * not valid is answered with 401 right away (also on public paths), so a typo is never mistaken for
 * anonymous access. Requests without a key pass on unchanged (to the bearer-token filter, or to
 * anonymous).
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private static final String SCHEME = "ApiKey ";

	private final ApiKeys keys;

	private final ProblemResponses problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiKeyAuthenticationFilter(ApiKeys keys, ProblemResponses problems) {
		this.keys = keys;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = secret(request);
		if (secret == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiKey> key = this.keys.authenticate(secret);
		if (key.isEmpty()) {
			this.contexts.clearContext();
			this.problems.commence(request, response, new InvalidApiKeyException(ApiKeySecrets.fingerprint(secret)));
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(key.get()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

	static String secret(HttpServletRequest request) {
		String header = request.getHeader(HEADER);
		if (header != null && !header.isBlank()) {
			return header.trim();
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			String value = authorization.substring(SCHEME.length()).trim();
			return value.isEmpty() ? null : value;
		}
		return null;
	}

}
