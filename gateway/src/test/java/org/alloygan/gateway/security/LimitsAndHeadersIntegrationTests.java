package org.alloygan.gateway.security;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.gateway.GatewayTestBase;
import org.alloygan.gateway.StubService;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits per key, the body size limit (with and without Content-Length), CORS for dashboards, and
 * what the services get to see of a caller (configured in {@link GatewayTestBase}: 256 KB bodies, one
 * allowed origin).
 */
class LimitsAndHeadersIntegrationTests extends GatewayTestBase {

	static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Test
	void aKeyOverItsRateLimitGets429WithRetryAfter() throws Exception {
		String key = (String) createKey("slow client", List.of("viewer"), 2L).get("key");
		assertThat(exchange(key, HttpMethod.GET, "/api/v1/jobs", null).getStatusCode().value()).isEqualTo(200);
		assertThat(exchange(key, HttpMethod.GET, "/api/v1/jobs", null).getStatusCode().value()).isEqualTo(200);
		ResponseEntity<String> limited = exchange(key, HttpMethod.GET, "/api/v1/jobs", null);
		assertThat(limited.getStatusCode().value()).isEqualTo(429);
		RouteRolesIntegrationTests.assertProblem(limited, 429);
		assertThat(Long.parseLong(limited.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
		assertThat(limited.getBody()).contains("more than 2 requests per minute");

		assertThat(exchange(key("viewer"), HttpMethod.GET, "/api/v1/jobs", null).getStatusCode().value())
			.as("other keys have their own buckets").isEqualTo(200);
	}

	@Test
	void aBodyOverTheLimitIs413WhetherItsLengthIsKnownOrNot() throws Exception {
		byte[] big = new byte[300 * 1024];
		HttpResponse<String> sized = CLIENT.send(post("/api/v1/datasets/imports", key("curator"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(big))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sized.statusCode()).isEqualTo(413);
		assertThat(sized.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		HttpResponse<String> chunked = CLIENT.send(post("/api/v1/datasets/imports", key("curator"))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
		assertThat(chunked.body()).contains("larger than the limit of 256 KB");

		byte[] small = new byte[100 * 1024];
		HttpResponse<String> fine = CLIENT.send(post("/api/v1/datasets/imports", key("curator"))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(fine.statusCode()).isEqualTo(200);
		assertThat(new ObjectMapper().readValue(fine.body(), Map.class).get("bodyBytes")).isEqualTo(small.length);
	}

	@Test
	void servicesSeeTheCallerButNeitherItsKeyNorForgedIdentity() {
		Map<?, ?> created = createKey("identity check", List.of("viewer"), null);
		ResponseEntity<String> response = this.http.exchange("/api/v1/datasets/versions", HttpMethod.GET,
				withHeaders(Map.of("X-API-Key", (String) created.get("key"), "X-Alloygan-Principal", "apikey:forged",
						"X-Alloygan-Roles", "admin", "X-Alloygan-Anything", "x", "X-Correlation-Id", "trace-me-42",
						"Prefer", "wait=30", "Idempotency-Key", "k-1"),
						null),
				String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		StubService.Received received = STUB.last("/api/v1/datasets/versions");
		assertThat(received.header("X-Alloygan-Principal")).isEqualTo("apikey:" + created.get("id"));
		assertThat(received.header("X-Alloygan-Principal-Name")).isEqualTo("identity check");
		assertThat(received.header("X-Alloygan-Roles")).isEqualTo("viewer");
		assertThat(received.headers()).doesNotContainKeys("x-api-key", "authorization", "x-alloygan-anything");
		assertThat(received.headers().get("x-alloygan-principal")).hasSize(1);
		assertThat(received.header("X-Correlation-Id")).isEqualTo("trace-me-42");
		// what services act on: waiting for a design, idempotent submissions
		assertThat(received.header("Prefer")).isEqualTo("wait=30");
		assertThat(received.header("Idempotency-Key")).isEqualTo("k-1");
		assertThat(response.getHeaders().get("X-Correlation-Id")).containsExactly("trace-me-42");
	}

	@Test
	void largeJsonAnswersAreCompressedForClientsThatAcceptGzip() throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/datasets/large"))
			.header("X-API-Key", key("viewer"));
		HttpResponse<byte[]> compressed = CLIENT.send(request.copy().header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> plain = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(compressed.statusCode()).isEqualTo(200);
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body()))
			.readAllBytes();
		assertThat(unzipped).isEqualTo(plain.body());
		assertThat(compressed.body().length).isLessThan(plain.body().length / 5);
	}

	@Test
	void adminRolesExpandForTheServices() {
		exchange(key("admin"), HttpMethod.GET, "/api/v1/validation", null);
		assertThat(STUB.last("/api/v1/validation").header("X-Alloygan-Roles"))
			.isEqualTo("viewer,designer,experimentalist,curator,admin");
	}

	@Test
	void dashboardsFromAnAllowedOriginMayCallTheApi() throws Exception {
		HttpResponse<String> preflight = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/jobs"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://dashboard.example.org")
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "x-api-key,if-none-match,idempotency-key,prefer")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://dashboard.example.org");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
			.contains("x-api-key").contains("if-none-match").contains("idempotency-key").contains("prefer");

		HttpResponse<String> call = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/jobs"))
			.header("Origin", "https://dashboard.example.org")
			.header("X-API-Key", key("viewer"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(call.statusCode()).isEqualTo(200);
		assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://dashboard.example.org");
		assertThat(call.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("ETag");

		HttpResponse<String> stranger = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/jobs"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://evil.example.com")
			.header("Access-Control-Request-Method", "GET")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(403);
		assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void aServicesAnswerIsPassedOnAsItIsNeitherRetriedNorFollowed() {
		long start = System.nanoTime();
		ResponseEntity<String> busy = exchange(key("viewer"), HttpMethod.GET, "/api/v1/measurements/busy", null);
		assertThat(busy.getStatusCode().value()).isEqualTo(503);
		assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("30");
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("no waiting out Retry-After")
			.isLessThan(java.time.Duration.ofSeconds(10));

		ResponseEntity<String> moved = exchange(key("viewer"), HttpMethod.GET, "/api/v1/measurements/moved", null);
		assertThat(moved.getStatusCode().value()).isEqualTo(302);
		assertThat(moved.getHeaders().getLocation()).hasToString("/api/v1/validation");
	}

	@Test
	void errorsOutsideSpringMvcAreProblemsToo() throws Exception {
		// the security firewall rejects an encoded percent sign before any controller runs
		HttpResponse<String> rejected = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/jobs/%25"))
			.header("X-API-Key", key("viewer"))
			.header("X-Correlation-Id", "firewall-7")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		Map<?, ?> problem = new ObjectMapper().readValue(rejected.body(), Map.class);
		assertThat(problem.get("status")).isEqualTo(400);
		assertThat(problem.get("instance")).isEqualTo("/api/v1/jobs/%25");
		assertThat(problem.get("correlationId")).isEqualTo("firewall-7");
	}

	private HttpRequest.Builder post(String path, String key) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("X-API-Key", key)
			.header("Content-Type", "application/octet-stream");
	}

}
