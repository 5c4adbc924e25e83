package org.alloygan.gateway.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.alloygan.gateway.GatewayTestBase;
import org.alloygan.gateway.StubService;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth2/JWT bearer tokens as the alternative to API keys: a JWK set served by a local issuer stand-in,
 * roles in a Keycloak-style nested claim. API keys keep working alongside.
 */
@TestPropertySource(properties = { "alloygan.gateway.jwt.roles-claim=realm_access.roles",
		"alloygan.gateway.jwt.principal-claim=preferred_username" })
class JwtBearerIntegrationTests extends GatewayTestBase {

	static final RSAKey SIGNING = rsa("issuer-key");

	static final RSAKey STRANGER = rsa("someone-else");

	static final HttpServer ISSUER = jwks(SIGNING);

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("alloygan.gateway.jwt.jwk-set-uri",
				() -> "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/jwks");
	}

	@Test
	void aTokenWithTheCuratorRoleMayImportButNotAdministerKeys() {
		String token = token(SIGNING, List.of("curator", "offline_access"), Instant.now().plusSeconds(300));
		ResponseEntity<String> imported = bearer(token, HttpMethod.POST, "/api/v1/datasets/imports");
		assertThat(imported.getStatusCode().value()).isEqualTo(200);
		StubService.Received received = STUB.last("/api/v1/datasets/imports");
		assertThat(received.header("X-Alloygan-Principal")).isEqualTo("jwt:alice");
		assertThat(received.header("X-Alloygan-Roles")).isEqualTo("viewer,curator");
		assertThat(received.headers()).doesNotContainKey("authorization");

		ResponseEntity<String> keys = bearer(token, HttpMethod.GET, "/api/v1/admin/api-keys");
		assertThat(keys.getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void aTokenWithoutAlloyganRolesIsAuthenticatedButMayDoNothing() {
		String token = token(SIGNING, List.of("offline_access"), Instant.now().plusSeconds(300));
		assertThat(bearer(token, HttpMethod.GET, "/api/v1/jobs").getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void forgedAndExpiredTokensAre401Problems() throws Exception {
		ResponseEntity<String> forged = bearer(token(STRANGER, List.of("admin"), Instant.now().plusSeconds(300)),
				HttpMethod.GET, "/api/v1/jobs");
		assertThat(forged.getStatusCode().value()).isEqualTo(401);
		RouteRolesIntegrationTests.assertProblem(forged, 401);

		ResponseEntity<String> expired = bearer(token(SIGNING, List.of("admin"), Instant.now().minusSeconds(600)),
				HttpMethod.GET, "/api/v1/jobs");
		assertThat(expired.getStatusCode().value()).isEqualTo(401);
		assertThat(expired.getHeaders().getFirst("WWW-Authenticate")).contains("Bearer");
	}

	@Test
	void apiKeysStillWork() {
		assertThat(exchange(key("viewer"), HttpMethod.GET, "/api/v1/jobs", null).getStatusCode().value())
			.isEqualTo(200);
	}

	private ResponseEntity<String> bearer(String token, HttpMethod method, String path) {
		return this.http.exchange(path, method,
				withHeaders(Map.of("Authorization", "Bearer " + token), (method == HttpMethod.POST) ? Map.of() : null),
				String.class);
	}

	static String token(RSAKey key, List<String> roles, Instant expires) {
		try {
			JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("3f9c1e2a")
				.claim("preferred_username", "alice")
				.claim("realm_access", Map.of("roles", roles))
				.issueTime(Date.from(expires.minusSeconds(600)))
				.expirationTime(Date.from(expires))
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RSAKey rsa(String id) {
		try {
			return new RSAKeyGenerator(2048).keyID(id).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static HttpServer jwks(RSAKey key) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
			byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/jwks", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
