package org.alloygan.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alloygan.support.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401, 403, 413 and 429 as problem+json, like every other error of the API, and one log line each that
 * names the caller by key id or fingerprint, never by secret.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	private final ObjectMapper json;

	private final RouteRoles routeRoles;

	private final String challenge;

	ProblemResponses(ObjectMapper json, RouteRoles routeRoles, boolean jwtEnabled) {
		this.json = json;
		this.routeRoles = routeRoles;
		this.challenge = jwtEnabled ? "ApiKey realm=\"alloygan\", Bearer realm=\"alloygan\"" : "ApiKey realm=\"alloygan\"";
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String detail;
		if (ex instanceof InvalidApiKeyException invalid) {
			detail = invalid.getMessage();
			log.info("401 {} {}: API key {} is unknown or revoked", request.getMethod(), request.getRequestURI(),
					invalid.fingerprint());
		}
		else if (ex instanceof InvalidBearerTokenException) {
			detail = "the bearer token is not valid: " + ex.getMessage();
			log.info("401 {} {}: bearer token rejected ({})", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
		}
		else {
			detail = "this API needs credentials: an API key in the X-API-Key header (or Authorization: ApiKey <key>)"
					+ (this.challenge.contains("Bearer") ? ", or a bearer token" : "");
			log.info("401 {} {}: no credentials", request.getMethod(), request.getRequestURI());
		}
		response.setHeader("WWW-Authenticate", this.challenge);
		write(request, response, HttpStatus.UNAUTHORIZED, detail, Map.of());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
		Role needed = this.routeRoles.required(request);
		String held = (caller != null) ? caller.rolesHeader() : "none";
		log.info("403 {} {}: {} holds [{}], needs {}", request.getMethod(), request.getRequestURI(),
				(caller != null) ? caller.id() : "anonymous", held, (needed != null) ? needed.id() : "more");
		write(request, response, HttpStatus.FORBIDDEN,
				((needed != null) ? "this needs the " + needed.id() + " role" : "this is not allowed for you")
						+ "; your roles: " + held,
				Map.of());
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			Map<String, String> headers) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://alloygan.org/problems/" + status.value()));
		problem.setInstance(URI.create(request.getRequestURI()));
		String correlationId = CorrelationIdFilter.current();
		if (correlationId != null) {
			problem.setProperty("correlationId", correlationId);
		}
		response.setStatus(status.value());
		headers.forEach(response::setHeader);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
