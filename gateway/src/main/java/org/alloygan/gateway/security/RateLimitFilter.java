package org.alloygan.gateway.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each caller (API key, or token subject) to its requests per minute with a token bucket
 * (Bucket4j): a caller may spend a whole minute's worth at once, then refills steadily. Over the limit:
 * 429 problem+json with Retry-After. Buckets live in this gateway's memory, so with several replicas each
 * allows the limit (document the product when scaling out).
 */
final class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private final GatewaySecurityProperties.RateLimit settings;

	private final ProblemResponses problems;

	private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimitFilter(GatewaySecurityProperties.RateLimit settings, ProblemResponses problems) {
		this.settings = settings;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
		if (caller == null || !this.settings.enabled()) {
			chain.doFilter(request, response);
			return;
		}
		long perMinute = (caller.rateLimitPerMinute() != null) ? caller.rateLimitPerMinute()
				: this.settings.requestsPerMinute();
		Bucket bucket = this.buckets.computeIfAbsent(caller.id() + "@" + perMinute, (key) -> Bucket.builder()
			.addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		log.info("429 {} {}: {} is over its limit of {} requests per minute", request.getMethod(),
				request.getRequestURI(), caller.id(), perMinute);
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "more than " + perMinute
				+ " requests per minute with these credentials; retry after " + retryAfter + " s",
				Map.of("Retry-After", Long.toString(retryAfter), "X-RateLimit-Remaining", "0"));
	}

	@EventListener
	void on(ApiKeyRevoked revoked) {
		String prefix = "apikey:" + revoked.keyId() + "@";
		this.buckets.keySet().removeIf((key) -> key.startsWith(prefix));
	}

}
