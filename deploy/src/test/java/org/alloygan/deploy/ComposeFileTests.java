package org.alloygan.deploy;

import java.net.URI;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** docker-compose.yml (and its GPU override) against what the services read and what the issue asks for. */
class ComposeFileTests {

	private static final String COMPOSE = "docker-compose.yml";

	private static final String GPU = "docker-compose.gpu.yml";

	private final Map<String, ServiceContract> contracts = ServiceContract.all();

	private final ComposeProject compose = ComposeProject.load(COMPOSE);

	@Test
	void everyServiceGetsEveryVariableItReadsPointingAtComposeHosts() {
		assertThat(this.contracts.keySet()).containsExactlyInAnyOrder("descriptor-service", "feedback-service",
				"gan-service", "gateway", "mining-service");
		for (ServiceContract contract : this.contracts.values()) {
			Map<String, String> env = this.compose.environment(contract.module());
			assertThat(env).as(contract.module()).containsKeys(contract.requiredVariables().toArray(String[]::new));
			assertThat(env.get(contract.databaseUrlVariable())).as(contract.module())
				.isEqualTo("jdbc:postgresql://postgres:5432/" + contract.database());
			assertThat(env.get(contract.portVariable())).as(contract.module()).isEqualTo(Integer.toString(contract.port()));
			assertThat(env.get("ALLOYGAN_KAFKA")).as(contract.module()).isEqualTo("kafka:9092");
			env.forEach((name, value) -> {
				if (name.startsWith("ALLOYGAN_")) {
					assertThat(contract.accepts(name)).as(contract.module() + " reads " + name).isTrue();
				}
				if (name.matches("ALLOYGAN_[A-Z]+_URL")) {
					assertPointsAtService(contract.module() + " " + name, name, value);
				}
			});
		}
		assertThat(this.compose.environment("kafka").get("KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://kafka:9092");
	}

	/** ALLOYGAN_GAN_URL must name the gan-service container on the port gan-service listens on. */
	private void assertPointsAtService(String what, String variable, String value) {
		ServiceContract target = this.contracts.values()
			.stream()
			.filter((contract) -> contract.urlVariable().equals(variable))
			.findFirst()
			.orElseThrow(() -> new AssertionError(what + ": no service is found through " + variable));
		URI uri = URI.create(value);
		assertThat(uri.getHost()).as(what).isEqualTo(target.module());
		assertThat(uri.getPort()).as(what).isEqualTo(target.port());
	}

	@Test
	void everyLongRunningContainerHasAHealthCheckAndOnlyTheGatewayIsPublished() {
		for (String name : this.compose.services().keySet()) {
			Map<String, Object> service = this.compose.service(name);
			boolean oneShot = "no".equals(String.valueOf(service.get("restart")));
			if (!oneShot) {
				assertThat(Nodes.listOrEmpty(service, "healthcheck.test")).as(name + " healthcheck").isNotEmpty();
			}
			assertThat(service.get("network_mode")).as(name + " network_mode").isNull();
			if (!name.equals("gateway")) {
				assertThat(service.get("ports")).as(name + " publishes no port").isNull();
			}
		}
		for (ServiceContract contract : this.contracts.values()) {
			assertThat(Nodes.list(this.compose.service(contract.module()), "healthcheck.test")).as(contract.module())
				.contains("http://localhost:" + contract.port() + "/actuator/health/readiness");
		}
		int gatewayPort = this.contracts.get("gateway").port();
		assertThat(Nodes.list(this.compose.service("gateway"), "ports")).containsExactly("8080:" + gatewayPort);
	}

	@Test
	void servicesStartOnceTheirInfrastructureIsHealthyAndTheGatewayLast() {
		for (ServiceContract contract : this.contracts.values()) {
			Map<String, Object> dependsOn = Nodes.map(this.compose.service(contract.module()), "depends_on");
			assertThat(Nodes.string(dependsOn, "postgres.condition")).as(contract.module()).isEqualTo("service_healthy");
			assertThat(Nodes.string(dependsOn, "kafka.condition")).as(contract.module()).isEqualTo("service_healthy");
		}
		Map<String, Object> gateway = Nodes.map(this.compose.service("gateway"), "depends_on");
		for (String backend : List.of("mining-service", "descriptor-service", "gan-service", "feedback-service")) {
			assertThat(Nodes.string(gateway, backend + ".condition")).as("gateway after " + backend)
				.isEqualTo("service_healthy");
		}
	}

	@Test
	void postgresKafkaAndModelArtifactsKeepTheirDataInNamedVolumes() {
		assertThat(this.compose.volumes()).containsKeys("postgres-data", "kafka-data", "model-artifacts");
		assertThat(this.compose.mounts("postgres")).containsEntry("/var/lib/postgresql/data", "postgres-data");
		String kafkaLogs = this.compose.environment("kafka").get("KAFKA_LOG_DIRS");
		assertThat(this.compose.mounts("kafka")).containsEntry(kafkaLogs, "kafka-data");
		String artifacts = this.compose.environment("gan-service").get("ALLOYGAN_ARTIFACTS");
		assertThat(artifacts).startsWith("/");
		assertThat(this.compose.mounts("gan-service")).containsEntry(artifacts, "model-artifacts");
	}

	@Test
	void postgres16CreatesEveryServiceDatabaseWithTheInitScript() {
		assertThat(this.compose.service("postgres").get("image")).isEqualTo("postgres:16");
		Map<String, String> mounts = this.compose.mounts("postgres");
		String script = mounts.entrySet()
			.stream()
			.filter((mount) -> mount.getKey().startsWith("/docker-entrypoint-initdb.d/"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no init script mounted in " + mounts));
		assertThat(script).isEqualTo("./deploy/postgres/init-databases.sh");
		assertThat(Files.isExecutable(Repo.path("deploy/postgres/init-databases.sh"))).isTrue();
		Set<String> databases = new TreeSet<>();
		this.contracts.values().forEach((contract) -> databases.add(contract.database()));
		assertThat(InitDatabasesScriptIntegrationTests.defaultDatabases()).isEqualTo(databases);
		assertThat(this.compose.environment("postgres").get("POSTGRES_USER"))
			.isEqualTo(this.compose.environment("gateway").get("ALLOYGAN_DB_USER"));
		assertThat(this.compose.environment("postgres").get("POSTGRES_PASSWORD"))
			.isEqualTo(this.compose.environment("gateway").get("ALLOYGAN_DB_PASSWORD"));
	}

	@Test
	void kafkaIsOneOfficialKraftNodeThatIsBrokerAndController() {
		assertThat(this.compose.service("kafka").get("image")).isEqualTo("apache/kafka:3.9.1");
		Map<String, String> env = this.compose.environment("kafka");
		assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
		assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo(env.get("KAFKA_NODE_ID") + "@kafka:9093");
		assertThat(env.get("KAFKA_LISTENERS")).contains("CONTROLLER://:9093");
		assertThat(env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR")).isEqualTo("1");
		// Kafka takes a cluster id only as a base64url-encoded 16-byte UUID.
		assertThat(Base64.getUrlDecoder().decode(env.get("CLUSTER_ID"))).hasSize(16);
	}

	@Test
	void theLlmProfileAddsAnUnpublishedOllamaThatTheMiningServiceCanBePointedAt() {
		assertThat(Nodes.list(this.compose.service("ollama"), "profiles")).containsExactly("llm");
		assertThat(Nodes.list(this.compose.service("ollama-pull"), "profiles")).containsExactly("llm");
		assertThat(Nodes.string(this.compose.service("ollama-pull"), "depends_on.ollama.condition"))
			.isEqualTo("service_healthy");
		Map<String, String> mining = this.compose.environment("mining-service");
		// Passed through from the shell or .env only when set (a key without a value).
		for (String name : List.of("ALLOYGAN_MINING_LLM_BASE_URL", "ALLOYGAN_MINING_LLM_MODEL",
				"ALLOYGAN_MINING_LLM_API_KEY")) {
			assertThat(mining).containsEntry(name, null);
		}
		for (Map.Entry<String, Object> service : this.compose.services().entrySet()) {
			List<Object> profiles = Nodes.listOrEmpty(service.getValue(), "profiles");
			if (!service.getKey().startsWith("ollama")) {
				assertThat(profiles).as(service.getKey() + " runs without a profile").isEmpty();
			}
		}
	}

	@Test
	void theGpuOverrideRunsGanServiceOnTheCudaImageWithAReservedNvidiaGpu() {
		ComposeProject gpu = ComposeProject.load(COMPOSE, GPU);
		Map<String, Object> gan = gpu.service("gan-service");
		String dockerfile = Nodes.string(gan, "build.dockerfile");
		assertThat(dockerfile).isEqualTo("deploy/docker/gan-service-cuda.Dockerfile");
		assertThat(DockerfileTests.stages(dockerfile)).contains(Nodes.string(gan, "build.target"));
		Map<String, Object> device = Nodes.asMap(Nodes.list(gan, "deploy.resources.reservations.devices").get(0));
		assertThat(device).containsEntry("driver", "nvidia");
		assertThat(Nodes.list(device, "capabilities")).containsExactly("gpu");
		assertThat(this.contracts.get("gan-service").variables()).containsKey("ALLOYGAN_GAN_DEVICE");
		assertThat(gpu.environment("gan-service")).containsEntry("ALLOYGAN_GAN_DEVICE", "gpu")
			.containsKeys(this.contracts.get("gan-service").requiredVariables().toArray(String[]::new));
		assertThat(gpu.mounts("gan-service")).containsValue("model-artifacts");
		// The override changes gan-service only.
		assertThat(Nodes.map(Repo.yaml(GPU), "services").keySet()).containsExactly("gan-service");
	}

	@Test
	void composeItselfAcceptsEveryVariant() {
		Optional<ExternalTool> cli = ExternalTool.compose();
		assumeTrue(cli.isPresent(), "neither 'docker compose' nor docker-compose is installed (.ci/run installs "
				+ "Debian's docker-compose); only the parsed checks ran");
		ExternalTool compose = cli.get();
		Map<String, String> noVariables = Map.of();
		compose.run(Repo.root(), noVariables, "-f", COMPOSE, "config", "-q").assertSucceeded(compose + " config");
		compose.run(Repo.root(), noVariables, "-f", COMPOSE, "-f", GPU, "config", "-q")
			.assertSucceeded(compose + " config with the GPU override");
		String plain = compose.run(Repo.root(), noVariables, "-f", COMPOSE, "config", "--services")
			.assertSucceeded(compose + " config --services")
			.output();
		// docker-compose 1.x lists profiled services here too; Compose 2 leaves them out.
		assertThat(lines(plain)).contains("postgres", "kafka", "mining-service", "descriptor-service", "gan-service",
				"feedback-service", "gateway");
		String llm = compose.run(Repo.root(), noVariables, "-f", COMPOSE, "--profile", "llm", "config", "--services")
			.assertSucceeded(compose + " --profile llm config --services")
			.output();
		assertThat(lines(llm)).contains("ollama", "ollama-pull", "mining-service");
		// Interpolation as Compose does it: the host port follows ALLOYGAN_PORT.
		String moved = compose.run(Repo.root(), Map.of("ALLOYGAN_PORT", "18080"), "-f", COMPOSE, "config")
			.assertSucceeded(compose + " config with ALLOYGAN_PORT")
			.output();
		Matcher published = Pattern.compile("(?m)(18080:8080|published: ['\"]?18080)").matcher(moved);
		assertThat(published.find()).as("gateway published on 18080:\n" + moved).isTrue();
	}

	private static List<String> lines(String output) {
		return output.lines().map(String::strip).filter((line) -> line.matches("[a-z-]+")).toList();
	}

}
