package org.alloygan.gateway.security;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The gateway's one security filter chain: stateless, no sessions or cookies (so no CSRF), API keys and
 * (when configured) JWT bearer tokens, the roles of {@link AccessPolicy}, then rate limits, body size
 * limits and the identity headers for the services. Health, readiness, Prometheus, the OpenAPI document
 * and Swagger UI are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final List<String> PUBLIC_PATHS = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**", "/error");

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
	}

	@Bean
	ProblemResponses problemResponses(ObjectMapper json, GatewaySecurityProperties properties) {
		return new ProblemResponses(json, new RouteRoles(AccessPolicy.rules()), properties.jwt().enabled());
	}

	/** A bean so that it hears of revoked keys; see the registration below. */
	@Bean
	RateLimitFilter rateLimitFilter(GatewaySecurityProperties properties, ProblemResponses problems) {
		return new RateLimitFilter(properties.rateLimit(), problems);
	}

	/** Runs inside the security chain only, not a second time as a servlet filter of its own. */
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilterRegistration(RateLimitFilter filter) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SecurityFilterChain gatewaySecurity(HttpSecurity http, ApiKeys keys, GatewaySecurityProperties properties,
			ProblemResponses problems, RateLimitFilter rateLimits) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher publicPaths = new OrRequestMatcher(PUBLIC_PATHS.stream().map((path) -> (RequestMatcher) paths.matcher(path)).toList());
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			// caching is each endpoint's business (jobs send ETags and no-cache), not a blanket no-store
			.headers((headers) -> headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors((cors) -> cors.configurationSource(cors(properties.cors())))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(rateLimits, AuthorizationFilter.class)
			.addFilterAfter(new BodySizeLimitFilter(properties.maxBodySize(), problems), AuthorizationFilter.class)
			.addFilterAfter(new DownstreamIdentityFilter(), BodySizeLimitFilter.class)
			.authorizeHttpRequests((requests) -> {
				// async (SSE) and error dispatches belong to a request that was already authorised
				requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
				requests.requestMatchers(publicPaths).permitAll();
				for (RouteRoles.Entry entry : new RouteRoles(AccessPolicy.rules()).entries()) {
					requests.requestMatchers(entry.matcher()).hasRole(entry.role().name());
				}
				requests.anyRequest().hasRole(Role.ADMIN.name());
			});
		GatewaySecurityProperties.Jwt jwt = properties.jwt();
		if (jwt.enabled()) {
			http.oauth2ResourceServer((server) -> server
				.jwt((tokens) -> tokens.decoder(jwtDecoder(jwt)).jwtAuthenticationConverter(new JwtRoles(jwt)))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
		}
		return http.build();
	}

	/** The JWK set is fetched on first use, so the gateway starts even while the issuer is away. */
	static JwtDecoder jwtDecoder(GatewaySecurityProperties.Jwt jwt) {
		NimbusJwtDecoder decoder = StringUtils.hasText(jwt.jwkSetUri())
				? NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build()
				: NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build();
		if (StringUtils.hasText(jwt.issuerUri())) {
			decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(jwt.issuerUri()));
		}
		return decoder;
	}

	static CorsConfigurationSource cors(GatewaySecurityProperties.Cors settings) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (settings.origins().isEmpty()) {
			return source;
		}
		CorsConfiguration config = new CorsConfiguration();
		config.setAllowedOriginPatterns(settings.origins());
		config.setAllowedMethods(settings.allowedMethods());
		config.setAllowedHeaders(List.of("X-API-Key", "Authorization", "Content-Type", "Accept", "If-None-Match",
				"X-Correlation-Id", "Last-Event-ID", "Cache-Control", "Idempotency-Key", "Prefer"));
		config.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Correlation-Id",
				"X-RateLimit-Remaining", "X-Dataset-Sha256"));
		// keys and tokens travel in headers, never in cookies
		config.setAllowCredentials(false);
		config.setMaxAge(settings.maxAgeSeconds());
		source.registerCorsConfiguration("/api/v1/**", config);
		source.registerCorsConfiguration("/v3/api-docs/**", config);
		return source;
	}

}
