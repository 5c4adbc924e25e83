package org.alloygan.gateway;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * The expected access to every /api/v1 operation, written out independently of the gateway's own
 * AccessPolicy: the least role each needs, and who answers once the gateway lets a request through.
 * The role tests walk it for every role; the OpenAPI tests check that it lists every documented operation
 * and that the document's x-alloygan-role agrees.
 */
public final class RouteTable {

	/** Who answers an allowed request in the gateway tests. */
	public enum Backend {

		/** the gateway itself (jobs, API keys) */
		GATEWAY,
		/** a service played by {@link StubService}: 200 with an echo */
		STUB,
		/** gan-service, not running in the tests: 503 */
		GAN_DOWN

	}

	/** @param path a concrete path ({id} already filled in) */
	public record Route(HttpMethod method, String path, String template, String role, Backend backend) {

		@Override
		public String toString() {
			return this.method + " " + this.template;
		}

	}

	public static final String ID = "0b7e3a4c-2a8b-4a56-9c8e-1f3c9e2d7a10";

	public static final List<Route> ROUTES = List.of(
			route("GET", "/api/v1/jobs", "viewer", Backend.GATEWAY),
			route("GET", "/api/v1/jobs/{id}", "viewer", Backend.GATEWAY),
			route("GET", "/api/v1/jobs/{id}/events", "viewer", Backend.GATEWAY),
			route("POST", "/api/v1/admin/api-keys", "admin", Backend.GATEWAY),
			route("GET", "/api/v1/admin/api-keys", "admin", Backend.GATEWAY),
			route("GET", "/api/v1/admin/api-keys/{id}", "admin", Backend.GATEWAY),
			route("DELETE", "/api/v1/admin/api-keys/{id}", "admin", Backend.GATEWAY),
			route("POST", "/api/v1/documents", "curator", Backend.STUB),
			route("GET", "/api/v1/documents", "curator", Backend.STUB),
			route("GET", "/api/v1/documents/{id}", "curator", Backend.STUB),
			route("GET", "/api/v1/documents/{id}/passages", "curator", Backend.STUB),
			route("GET", "/api/v1/documents/{id}/records", "curator", Backend.STUB),
			route("POST", "/api/v1/mining-jobs", "curator", Backend.STUB),
			route("GET", "/api/v1/mining-jobs/{id}", "curator", Backend.STUB),
			route("POST", "/api/v1/datasets/imports", "curator", Backend.STUB),
			route("GET", "/api/v1/datasets/imports/{id}", "viewer", Backend.STUB),
			route("POST", "/api/v1/datasets/versions", "curator", Backend.STUB),
			route("GET", "/api/v1/datasets/versions", "viewer", Backend.STUB),
			route("GET", "/api/v1/datasets/versions/{id}", "viewer", Backend.STUB),
			route("GET", "/api/v1/datasets/versions/{id}/rows", "viewer", Backend.STUB),
			route("GET", "/api/v1/datasets/rejections", "viewer", Backend.STUB),
			route("GET", "/api/v1/alloys", "viewer", Backend.STUB),
			route("GET", "/api/v1/alloys/{key}", "viewer", Backend.STUB),
			route("POST", "/api/v1/descriptors", "viewer", Backend.STUB),
			route("POST", "/api/v1/designs", "designer", Backend.GAN_DOWN),
			route("GET", "/api/v1/designs/{id}", "viewer", Backend.GAN_DOWN),
			route("GET", "/api/v1/designs/{id}/validation", "viewer", Backend.STUB),
			route("POST", "/api/v1/models/training-jobs", "curator", Backend.GAN_DOWN),
			route("GET", "/api/v1/models", "viewer", Backend.GAN_DOWN),
			route("GET", "/api/v1/models/{id}", "viewer", Backend.GAN_DOWN),
			route("POST", "/api/v1/models/{id}/promote", "curator", Backend.GAN_DOWN),
			route("POST", "/api/v1/predictions", "viewer", Backend.GAN_DOWN),
			route("POST", "/api/v1/measurements", "experimentalist", Backend.STUB),
			route("POST", "/api/v1/measurements/uploads", "experimentalist", Backend.STUB),
			route("GET", "/api/v1/measurements/uploads/{id}", "viewer", Backend.STUB),
			route("GET", "/api/v1/measurements", "viewer", Backend.STUB),
			route("GET", "/api/v1/measurements/{id}", "viewer", Backend.STUB),
			route("GET", "/api/v1/validation", "viewer", Backend.STUB),
			// not documented operations: reads are open to viewers, anything else only to admins
			route("DELETE", "/api/v1/datasets/versions/{id}", "admin", Backend.STUB),
			route("PUT", "/api/v1/measurements/{id}", "admin", Backend.STUB));

	/** Undocumented operations in {@link #ROUTES} (the default rules), not expected in the OpenAPI document. */
	public static final int UNDOCUMENTED = 2;

	public static final List<String> ROLES = List.of("viewer", "designer", "experimentalist", "curator", "admin");

	private RouteTable() {
	}

	/** The rule of the issue: admin may do everything, and everyone may do what a viewer may. */
	public static boolean allowed(String callerRole, String required) {
		return callerRole.equals("admin") || callerRole.equals(required) || required.equals("viewer");
	}

	private static Route route(String method, String template, String role, Backend backend) {
		String path = template.replace("{id}", template.contains("versions") ? "7" : ID)
			.replace("{key}", "Al8Cu46Zr46");
		return new Route(HttpMethod.valueOf(method), path, template, role, backend);
	}

}
