package org.alloygan.gateway.openapi;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.alloygan.gateway.GatewayTestBase;
import org.alloygan.gateway.RouteTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one OpenAPI document at /v3/api-docs (public): it covers every route of application.yml and the
 * gateway's own endpoints, agrees with the role table, and carries the promised examples.
 */
class GatewayOpenApiIntegrationTests extends GatewayTestBase {

	static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

	Map<String, Map<String, Map<String, Object>>> paths;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void fetch() {
		ResponseEntity<Map> doc = this.http.getForEntity("/v3/api-docs", Map.class);
		assertThat(doc.getStatusCode().value()).as("the document is public").isEqualTo(200);
		this.paths = (Map<String, Map<String, Map<String, Object>>>) doc.getBody().get("paths");
	}

	@Test
	void everyRoutePatternOfApplicationYmlIsDocumented() throws Exception {
		List<String> patterns = routePatterns();
		assertThat(patterns).hasSizeGreaterThan(15);
		for (String pattern : patterns) {
			String prefix = pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 3) : pattern;
			Pattern regex = Pattern.compile("^" + Pattern.quote(prefix).replace("*", "\\E\\{[^/}]+\\}\\Q")
					+ (pattern.endsWith("/**") ? "(/.*)?$" : "$"));
			assertThat(this.paths.keySet()).as("route pattern %s", pattern).anyMatch((path) -> regex.matcher(path).matches());
		}
	}

	@Test
	void theGatewaysOwnEndpointsAreDocumented() {
		assertThat(this.paths).containsKeys("/api/v1/jobs", "/api/v1/jobs/{id}", "/api/v1/jobs/{id}/events",
				"/api/v1/admin/api-keys", "/api/v1/admin/api-keys/{id}");
	}

	@Test
	void everyDocumentedOperationIsInTheRoleTableWithTheSameRole() {
		Set<String> documented = new TreeSet<>();
		this.paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			if (!METHODS.contains(method)) {
				return;
			}
			String name = method.toUpperCase() + " " + path;
			documented.add(name);
			RouteTable.Route route = RouteTable.ROUTES.stream()
				.filter((candidate) -> candidate.toString().equals(name))
				.findFirst()
				.orElseThrow(() -> new AssertionError(name + " is documented but not in RouteTable"));
			assertThat(operation.get("x-alloygan-role")).as("x-alloygan-role of %s", name).isEqualTo(route.role());
		}));
		assertThat(documented).hasSize(RouteTable.ROUTES.size() - RouteTable.UNDOCUMENTED);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theEventStreamIsDocumentedAsServerSentJobs() {
		Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) this.paths.get("/api/v1/jobs/{id}/events")
			.get("get")
			.get("responses")).get("200");
		Map<String, Object> stream = ((Map<String, Map<String, Object>>) ok.get("content")).get("text/event-stream");
		assertThat(stream.get("schema").toString()).contains("JobResponse");
	}

	@Test
	@SuppressWarnings("unchecked")
	void designsAndMeasurementUploadsCarryExamples() {
		Map<String, Object> design = content(this.paths.get("/api/v1/designs").get("post"), "application/json");
		assertThat((Map<String, Object>) design.get("examples")).isNotEmpty();
		Map<String, Object> upload = content(this.paths.get("/api/v1/measurements/uploads").get("post"),
				"multipart/form-data");
		assertThat(upload.get("example").toString()).contains("sampleId").contains("Zr55Cu30Al10Ni5");
		Map<String, Object> measurement = content(this.paths.get("/api/v1/measurements").get("post"),
				"application/json");
		assertThat((Map<String, Object>) measurement.get("examples")).isNotEmpty();
	}

	@Test
	void swaggerUiIsServedWithoutAKey() {
		ResponseEntity<String> ui = this.http.getForEntity("/swagger-ui/index.html", String.class);
		assertThat(ui.getStatusCode().value()).isEqualTo(200);
		assertThat(ui.getBody()).contains("swagger-ui");
		ResponseEntity<String> config = this.http.getForEntity("/v3/api-docs/swagger-config", String.class);
		assertThat(config.getBody()).contains("/v3/api-docs");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> content(Map<String, Object> operation, String type) {
		Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
		return ((Map<String, Map<String, Object>>) body.get("content")).get(type);
	}

	@SuppressWarnings("unchecked")
	static List<String> routePatterns() throws Exception {
		try (InputStream in = new ClassPathResource("application.yml").getInputStream()) {
			Map<String, Object> yaml = new Yaml().load(in);
			Map<String, Object> webmvc = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) yaml
				.get("spring")).get("cloud")).get("gateway")).get("server")).get("webmvc");
			List<String> patterns = new ArrayList<>();
			for (Map<String, Object> route : (List<Map<String, Object>>) webmvc.get("routes")) {
				for (String predicate : (List<String>) route.get("predicates")) {
					if (predicate.startsWith("Path=")) {
						patterns.addAll(List.of(predicate.substring("Path=".length()).split(",")));
					}
				}
			}
			return patterns;
		}
	}

}
