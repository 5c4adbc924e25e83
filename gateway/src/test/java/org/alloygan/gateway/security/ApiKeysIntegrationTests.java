package org.alloygan.gateway.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.alloygan.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** API keys through the admin API: shown once, stored hashed, revoked at once, never logged. */
@ExtendWith(OutputCaptureExtension.class)
class ApiKeysIntegrationTests extends GatewayTestBase {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApiKeyCache cache;

	@Test
	@SuppressWarnings("unchecked")
	void aNewKeyIsShownOnceAndStoredOnlyAsItsHash() {
		Map<?, ?> created = createKey("lab dashboard", List.of("viewer", "designer"), null);
		String secret = (String) created.get("key");
		String id = (String) created.get("id");
		assertThat(secret).startsWith("agk_").hasSize(47);
		assertThat(created.get("prefix")).isEqualTo(secret.substring(0, 12));
		assertThat((List<Object>) created.get("roles")).containsExactly("viewer", "designer");
		assertThat(created.get("createdBy")).isEqualTo("apikey:" + adminKeyId());

		ResponseEntity<String> list = exchange(ADMIN_KEY, HttpMethod.GET, "/api/v1/admin/api-keys", null);
		assertThat(list.getBody()).contains(id).doesNotContain(secret).doesNotContain(ApiKeySecrets.hash(secret));
		ResponseEntity<Map> one = as(ADMIN_KEY).getForEntity("/api/v1/admin/api-keys/" + id, Map.class);
		assertThat(one.getBody()).doesNotContainKey("key").containsEntry("active", true);

		Map<String, Object> row = this.jdbc.sql("SELECT * FROM api_key WHERE id = ?::uuid").param(id).query().singleRow();
		assertThat(row.get("key_hash")).isEqualTo(ApiKeySecrets.hash(secret));
		assertThat(row.values()).noneMatch((value) -> value != null && value.toString().contains(secret));

		ResponseEntity<String> withKey = exchange(secret, HttpMethod.GET, "/api/v1/jobs", null);
		assertThat(withKey.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aRevokedKeyStopsWorkingWithTheVeryNextRequest() {
		Map<?, ?> created = createKey("to revoke", List.of("curator"), null);
		String secret = (String) created.get("key");
		assertThat(exchange(secret, HttpMethod.GET, "/api/v1/jobs", null).getStatusCode().value()).isEqualTo(200);

		ResponseEntity<Map> revoked = as(ADMIN_KEY).exchange("/api/v1/admin/api-keys/" + created.get("id"),
				HttpMethod.DELETE, null, Map.class);
		assertThat(revoked.getStatusCode().value()).isEqualTo(200);
		assertThat(revoked.getBody()).containsEntry("active", false).containsKey("revokedAt");

		ResponseEntity<String> after = exchange(secret, HttpMethod.GET, "/api/v1/jobs", null);
		assertThat(after.getStatusCode().value()).isEqualTo(401);
		assertThat(after.getBody()).contains("not valid (unknown or revoked)");
	}

	@Test
	void aKeyRevokedByAnotherGatewayReplicaStopsWorkingHereWithinMoments() {
		assertThat(this.cache.listening()).as("the revocation listener is up").isTrue();
		Map<?, ?> quiet = createKey("revoked behind the gateway", List.of("viewer"), null);
		Map<?, ?> notified = createKey("revoked by another replica", List.of("viewer"), null);
		for (Map<?, ?> key : List.of(quiet, notified)) {
			assertThat(exchange((String) key.get("key"), HttpMethod.GET, "/api/v1/jobs", null).getStatusCode().value())
				.isEqualTo(200);
		}

		// SQL without the notification: this gateway has the key cached and does not know yet (until the TTL)
		this.jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE id = ?::uuid").param(quiet.get("id")).update();
		assertThat(exchange((String) quiet.get("key"), HttpMethod.GET, "/api/v1/jobs", null).getStatusCode().value())
			.isEqualTo(200);

		// what ApiKeys.revoke does on another replica: update and notify in one transaction
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE id = ?::uuid").param(notified.get("id")).update();
			this.jdbc.sql("SELECT 1 FROM pg_notify(?, ?)")
				.params(ApiKeyCache.CHANNEL, ApiKeySecrets.hash((String) notified.get("key")))
				.query(Integer.class)
				.single();
		});
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> exchange((String) notified.get("key"), HttpMethod.GET, "/api/v1/jobs", null)
				.getStatusCode()
				.value() == 401);
	}

	@Test
	void theKeyMayAlsoComeAsAnAuthorizationHeader() {
		ResponseEntity<String> response = this.http.exchange("/api/v1/jobs", HttpMethod.GET,
				withHeaders(Map.of("Authorization", "ApiKey " + key("viewer")), null), String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void badRequestsForKeysAreProblems() {
		ResponseEntity<String> unknownRole = as(ADMIN_KEY).postForEntity("/api/v1/admin/api-keys",
				Map.of("name", "x", "roles", List.of("superuser")), String.class);
		assertThat(unknownRole.getStatusCode().value()).isEqualTo(400);
		assertThat(unknownRole.getBody()).contains("unknown role 'superuser'");

		ResponseEntity<String> noRoles = as(ADMIN_KEY).postForEntity("/api/v1/admin/api-keys",
				Map.of("name", "x", "roles", List.of()), String.class);
		assertThat(noRoles.getStatusCode().value()).isEqualTo(400);

		ResponseEntity<String> badName = as(ADMIN_KEY).postForEntity("/api/v1/admin/api-keys",
				Map.of("name", "line\nbreak", "roles", List.of("viewer")), String.class);
		assertThat(badName.getStatusCode().value()).isEqualTo(400);

		ResponseEntity<String> badLimit = as(ADMIN_KEY).postForEntity("/api/v1/admin/api-keys",
				Map.of("name", "x", "roles", List.of("viewer"), "rateLimitPerMinute", 0), String.class);
		assertThat(badLimit.getStatusCode().value()).isEqualTo(400);

		ResponseEntity<String> missing = exchange(ADMIN_KEY, HttpMethod.DELETE,
				"/api/v1/admin/api-keys/" + java.util.UUID.randomUUID(), null);
		assertThat(missing.getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void wrongCredentialsAre401AndTheLogNamesNoSecret(CapturedOutput output) throws Exception {
		String wrong = "agk_ThisIsNotAKeyAnybodyWasEverGiven0123456789";
		ResponseEntity<String> unknown = exchange(wrong, HttpMethod.GET, "/api/v1/jobs", null);
		assertThat(unknown.getStatusCode().value()).isEqualTo(401);
		RouteRolesIntegrationTests.assertProblem(unknown, 401);
		assertThat(unknown.getBody()).doesNotContain(wrong);

		ResponseEntity<String> bearer = this.http.exchange("/api/v1/jobs", HttpMethod.GET,
				withHeaders(Map.of("Authorization", "Bearer some.jwt.token"), null), String.class);
		assertThat(bearer.getStatusCode().value()).as("JWT is off in this configuration").isEqualTo(401);

		String viewer = key("viewer");
		ResponseEntity<String> forbidden = exchange(viewer, HttpMethod.POST, "/api/v1/designs", Map.of());
		assertThat(forbidden.getStatusCode().value()).isEqualTo(403);

		assertThat(output.getAll()).contains("401 GET /api/v1/jobs: API key " + ApiKeySecrets.fingerprint(wrong))
			.contains("403 POST /api/v1/designs: apikey:")
			.doesNotContain(wrong)
			.doesNotContain(viewer)
			.doesNotContain(ADMIN_KEY);
	}

	@Test
	void publicEndpointsNeedNoKey() {
		assertThat(this.http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value())
			.isEqualTo(200);
		assertThat(this.http.getForEntity("/actuator/prometheus", String.class).getStatusCode().value())
			.isEqualTo(200);
		assertThat(this.http.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(200);
		assertThat(this.http.getForEntity("/actuator/metrics", String.class).getStatusCode().value())
			.as("other actuator endpoints are for admins").isEqualTo(401);
	}

	private String adminKeyId() {
		return this.jdbc.sql("SELECT id::text FROM api_key WHERE key_hash = ?")
			.param(ApiKeySecrets.hash(ADMIN_KEY))
			.query(String.class)
			.single();
	}

}
