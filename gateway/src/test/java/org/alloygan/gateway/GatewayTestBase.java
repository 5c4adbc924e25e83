package org.alloygan.gateway;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.alloygan.engines.FreePorts;
import org.alloygan.testsupport.ServiceIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on real PostgreSQL and Kafka, with mining-, descriptor- and feedback-service played by a
 * {@link StubService} and gan-service pointed at a port where nothing listens. The first admin key is
 * given as the operator's bootstrap key; tests create the other keys through the admin API, the real way.
 * Every subclass shares one application context; metrics stay on (as in production) for /actuator/prometheus.
 */
@ServiceIntegrationTest
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = { "alloygan.gateway.bootstrap-admin-key=" + GatewayTestBase.ADMIN_KEY,
		"alloygan.gateway.max-body-size=256KB", "alloygan.gateway.rate-limit.requests-per-minute=100000",
		"alloygan.gateway.cors.allowed-origins=https://dashboard.example.org",
		"alloygan.gateway.job-events.poll-interval=200ms", "alloygan.gateway.job-events.heartbeat=1s" })
public abstract class GatewayTestBase {

	public static final String ADMIN_KEY = "operator-chosen-admin-key-for-tests-0123456789";

	public static final StubService STUB = StubService.start();

	/** Where gan-service would be: nothing listens there, so its routes answer 503. */
	public static final int DEAD_PORT = FreePorts.next();

	private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

	@Autowired
	protected TestRestTemplate http;

	@Autowired
	protected RestTemplateBuilder restTemplates;

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("alloygan.services.mining", STUB::url);
		registry.add("alloygan.services.descriptor", STUB::url);
		registry.add("alloygan.services.feedback", STUB::url);
		registry.add("alloygan.services.gan", () -> "http://127.0.0.1:" + DEAD_PORT);
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** A client that sends this key with every request. */
	protected TestRestTemplate as(String key) {
		return new TestRestTemplate(this.restTemplates.rootUri(baseUrl()).defaultHeader("X-API-Key", key));
	}

	/** A key holding one role, created once per test JVM through the admin API. */
	protected String key(String role) {
		return KEYS.computeIfAbsent(role, (r) -> createKey("test-" + r, List.of(r), null).get("key").toString());
	}

	/** Creates a key through the admin API and returns the response body (with the secret). */
	protected Map<?, ?> createKey(String name, List<String> roles, Long rateLimitPerMinute) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "roles", roles));
		if (rateLimitPerMinute != null) {
			body.put("rateLimitPerMinute", rateLimitPerMinute);
		}
		ResponseEntity<Map> created = as(ADMIN_KEY).postForEntity("/api/v1/admin/api-keys", body, Map.class);
		assertThat(created.getStatusCode()).as("creating key %s: %s", name, created.getBody())
			.isEqualTo(HttpStatus.CREATED);
		return created.getBody();
	}

	protected static HttpEntity<Object> withHeaders(Map<String, String> headers, Object body) {
		HttpHeaders http = new HttpHeaders();
		headers.forEach(http::set);
		return new HttpEntity<>(body, http);
	}

	protected ResponseEntity<String> exchange(String key, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		if (key != null) {
			headers.set("X-API-Key", key);
		}
		return this.http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

}
