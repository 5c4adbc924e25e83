package org.alloygan.gan.engine;

import java.util.Map;

import org.alloygan.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** gan-service starts with the PyTorch engine loaded offline and says so in health. */
@ServiceIntegrationTest
class EngineHealthIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void healthShowsEnginePytorchVersionAndDevice() {
		Map<?, ?> health = this.http.getForObject("/actuator/health", Map.class);
		assertThat(health.get("status")).isEqualTo("UP");
		Map<?, ?> djl = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) health.get("components")).get("djl")).get("details");
		assertThat(djl.get("engine")).isEqualTo("PyTorch");
		assertThat((String) djl.get("pytorchVersion")).startsWith("2.");
		assertThat((String) djl.get("device")).isIn("cpu()", "gpu(0)");
	}

	@Test
	@SuppressWarnings("unchecked")
	void readinessCoversDatabaseAndKafka() {
		Map<?, ?> readiness = this.http.getForObject("/actuator/health/readiness", Map.class);
		assertThat(readiness.get("status")).isEqualTo("UP");
		assertThat(((Map<String, ?>) readiness.get("components")).keySet()).contains("db", "kafka", "readinessState");
	}

}
