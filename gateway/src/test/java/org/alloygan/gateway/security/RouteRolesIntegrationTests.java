package org.alloygan.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.gateway.GatewayTestBase;
import org.alloygan.gateway.RouteTable;
import org.alloygan.gateway.RouteTable.Backend;
import org.alloygan.gateway.RouteTable.Route;
import org.alloygan.gateway.StubService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route with every kind of caller: no credentials (401), each role (allowed, or 403), all
 * problem+json. An allowed call must really get through: the stub service sees it with the caller's
 * identity, gan-service's routes reach the proxy (503, as nothing listens there), the gateway's own
 * endpoints answer as themselves.
 */
class RouteRolesIntegrationTests extends GatewayTestBase {

	static final ObjectMapper JSON = new ObjectMapper();

	static Stream<Arguments> everyRouteAndCaller() {
		List<Arguments> cases = new ArrayList<>();
		for (Route route : RouteTable.ROUTES) {
			cases.add(Arguments.of(route, "none"));
			RouteTable.ROLES.forEach((role) -> cases.add(Arguments.of(route, role)));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyRouteAndCaller")
	void eachRoleIsAllowedExactlyWhereTheTableSays(Route route, String caller) throws Exception {
		String key = caller.equals("none") ? null : key(caller);
		Object body = (route.method() == HttpMethod.POST || route.method() == HttpMethod.PUT) ? Map.of() : null;
		ResponseEntity<String> response = exchange(key, route.method(), route.path(), body);
		int status = response.getStatusCode().value();

		if (key == null) {
			assertThat(status).isEqualTo(401);
			assertProblem(response, 401);
			assertThat(response.getHeaders().getFirst("WWW-Authenticate")).contains("ApiKey");
			return;
		}
		if (!RouteTable.allowed(caller, route.role())) {
			assertThat(status).as("%s as %s: %s", route, caller, response.getBody()).isEqualTo(403);
			assertProblem(response, 403);
			assertThat(response.getBody()).contains("needs the " + route.role() + " role");
			return;
		}
		assertThat(status).as("%s as %s: %s", route, caller, response.getBody()).isNotIn(401, 403);
		if (route.backend() == Backend.STUB) {
			assertThat(status).isEqualTo(200);
			StubService.Received received = JSON.readValue(response.getBody(), StubService.Received.class);
			assertThat(received.method()).isEqualTo(route.method().name());
			assertThat(received.path()).isEqualTo(route.path());
			assertThat(received.header("X-Alloygan-Roles")).contains(caller);
		}
		else if (route.backend() == Backend.GAN_DOWN) {
			assertThat(status).isEqualTo(503);
		}
	}

	static void assertProblem(ResponseEntity<String> response, int status) throws Exception {
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> problem = JSON.readValue(response.getBody(), Map.class);
		assertThat(problem).containsKeys("type", "title", "status", "detail", "instance", "correlationId");
		assertThat(problem.get("status")).isEqualTo(status);
	}

}
