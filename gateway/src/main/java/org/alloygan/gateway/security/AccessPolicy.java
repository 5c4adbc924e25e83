package org.alloygan.gateway.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * The least role each {@code /api/v1} route needs, in one table (documented in docs/api.md). Rules are
 * tried in order and the first match wins; a request under /api/v1 that no rule names falls through to
 * the last two rules: reads need {@link Role#VIEWER}, anything else {@link Role#ADMIN}, so a new write
 * endpoint is closed until it is added here.
 */
public final class AccessPolicy {

	/**
	 * @param method the HTTP method, or null for any
	 * @param pattern a Spring path pattern
	 */
	public record Rule(HttpMethod method, String pattern, Role role) {
	}

	private static final HttpMethod GET = HttpMethod.GET;

	private static final HttpMethod POST = HttpMethod.POST;

	static final List<Rule> RULES = List.of(
			// gateway
			new Rule(null, "/api/v1/admin/**", Role.ADMIN),
			new Rule(GET, "/api/v1/jobs", Role.VIEWER),
			new Rule(GET, "/api/v1/jobs/*", Role.VIEWER),
			new Rule(GET, "/api/v1/jobs/*/events", Role.VIEWER),
			// mining-service: documents may carry licensed full text, so reading them is for curators too
			new Rule(null, "/api/v1/documents", Role.CURATOR),
			new Rule(null, "/api/v1/documents/**", Role.CURATOR),
			new Rule(null, "/api/v1/mining-jobs", Role.CURATOR),
			new Rule(null, "/api/v1/mining-jobs/**", Role.CURATOR),
			// descriptor-service
			new Rule(POST, "/api/v1/datasets/imports", Role.CURATOR),
			new Rule(POST, "/api/v1/datasets/versions", Role.CURATOR),
			new Rule(GET, "/api/v1/datasets/**", Role.VIEWER),
			new Rule(GET, "/api/v1/alloys", Role.VIEWER),
			new Rule(GET, "/api/v1/alloys/**", Role.VIEWER),
			// a computation without side effects: a read
			new Rule(POST, "/api/v1/descriptors", Role.VIEWER),
			// gan-service
			new Rule(POST, "/api/v1/designs", Role.DESIGNER),
			new Rule(GET, "/api/v1/designs/**", Role.VIEWER),
			new Rule(POST, "/api/v1/models/training-jobs", Role.CURATOR),
			new Rule(POST, "/api/v1/models/*/promote", Role.CURATOR),
			new Rule(GET, "/api/v1/models", Role.VIEWER),
			new Rule(GET, "/api/v1/models/**", Role.VIEWER),
			// predictions change nothing: a read
			new Rule(POST, "/api/v1/predictions", Role.VIEWER),
			// feedback-service
			new Rule(POST, "/api/v1/measurements", Role.EXPERIMENTALIST),
			new Rule(POST, "/api/v1/measurements/uploads", Role.EXPERIMENTALIST),
			new Rule(GET, "/api/v1/measurements/**", Role.VIEWER),
			new Rule(GET, "/api/v1/validation", Role.VIEWER),
			new Rule(GET, "/api/v1/validation/**", Role.VIEWER),
			// everything else under /api/v1: reads for viewers, other methods closed to all but admins
			new Rule(GET, "/api/v1/**", Role.VIEWER),
			new Rule(HttpMethod.HEAD, "/api/v1/**", Role.VIEWER),
			new Rule(null, "/api/v1/**", Role.ADMIN));

	private AccessPolicy() {
	}

	/** The rules, first match wins. */
	public static List<Rule> rules() {
		return RULES;
	}

}
