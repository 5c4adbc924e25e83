package org.alloygan.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Helm chart in deploy/helm/alloygan. Its values and catalogue are checked against the services' own
 * settings always; lint, rendering and the checks of the rendered objects need helm (.ci/run installs it;
 * otherwise they are skipped), and the Kubernetes API schema check also needs node with kubernetes-models.
 */
class HelmChartTests {

	private static final String CHART = "deploy/helm/alloygan";

	private static final String RELEASE = "alloygan";

	private static final List<String> CI_VALUES = List.of("ci/default-values.yaml", "ci/cpu-only-values.yaml",
			"ci/exposed-values.yaml", "ci/autoscaled-values.yaml");

	/** Values key of each service in the chart -> Maven module. */
	private static final Map<String, String> KEYS = Map.of("gateway", "gateway", "mining", "mining-service",
			"descriptor", "descriptor-service", "gan", "gan-service", "feedback", "feedback-service");

	private final Map<String, ServiceContract> contracts = ServiceContract.all();

	private final Map<String, Object> values = Repo.yaml(CHART + "/values.yaml");

	@TempDir
	Path scratch;

	// ---- without helm -------------------------------------------------------------------------------------

	@Test
	void theChartsServiceCatalogueAndDatabasesMatchTheServices() {
		Matcher catalogue = Pattern.compile("(?s)define \"alloygan.catalog\" -}}\\n(.*?)\\n\\{\\{- end")
			.matcher(Repo.read(CHART + "/templates/_helpers.tpl"));
		assertThat(catalogue.find()).as("alloygan.catalog in _helpers.tpl").isTrue();
		Map<String, Object> entries = Repo.yamlText(catalogue.group(1));
		assertThat(entries.keySet()).isEqualTo(KEYS.keySet());
		KEYS.forEach((key, module) -> {
			ServiceContract contract = this.contracts.get(module);
			Map<String, Object> entry = Nodes.asMap(entries.get(key));
			assertThat(entry.get("module")).isEqualTo(module);
			assertThat(entry.get("port")).as(module).isEqualTo(contract.port());
			assertThat(entry.get("portEnv")).as(module).isEqualTo(contract.portVariable());
			assertThat(entry.get("dbUrlEnv")).as(module).isEqualTo(contract.databaseUrlVariable());
			assertThat(Nodes.string(this.values, "postgresql.databases." + key)).as(module).isEqualTo(contract.database());
		});
		assertThat(new TreeSet<>(Nodes.map(this.values, "postgresql.databases").values()))
			.isEqualTo(InitDatabasesScriptIntegrationTests.defaultDatabases());
	}

	@Test
	void valuesSchemaAndCiValuesAreWellFormed() throws IOException {
		Map<?, ?> schema = new ObjectMapper().readValue(Repo.path(CHART + "/values.schema.json").toFile(), Map.class);
		assertThat(schema.get("additionalProperties")).isEqualTo(false);
		assertThat(Nodes.map(schema, "properties").keySet()).containsAll(this.values.keySet());
		assertThat(Repo.yaml(CHART + "/Chart.yaml")).containsEntry("apiVersion", "v2").containsEntry("name", "alloygan");
		for (String file : CI_VALUES) {
			assertThat(Repo.yaml(CHART + "/" + file)).as(file).isNotEmpty();
		}
	}

	// ---- with helm ------------------------------------------------------------------------------------------

	private static ExternalTool helm() {
		Optional<ExternalTool> helm = ExternalTool.helm();
		assumeTrue(helm.isPresent(), "helm is not installed (.ci/run installs it from npm); chart not rendered");
		return helm.get();
	}

	private static Manifests render(String... arguments) {
		List<String> command = new ArrayList<>(List.of("template", RELEASE, CHART, "--namespace", "alloygan"));
		command.addAll(List.of(arguments));
		String output = helm().run(Repo.root(), Map.of(), command.toArray(String[]::new))
			.assertSucceeded("helm " + String.join(" ", command))
			.output();
		return new Manifests(Repo.yamlDocuments(output));
	}

	private static Manifests renderWith(String valuesFile, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--values", CHART + "/" + valuesFile));
		arguments.addAll(List.of(more));
		return render(arguments.toArray(String[]::new));
	}

	private static String resource(String module) {
		return RELEASE + "-" + module;
	}

	@Test
	void lintsCleanWithEveryCiValuesFile() {
		ExternalTool helm = helm();
		for (String file : CI_VALUES) {
			helm.run(Repo.root(), Map.of(), "lint", "--strict", CHART, "--values", CHART + "/" + file)
				.assertSucceeded("helm lint --strict with " + file);
		}
	}

	@Test
	void refusesToRenderWithoutADatabasePasswordOrWithAMistypedValue() {
		ExternalTool helm = helm();
		ExternalTool.Result noPassword = helm.run(Repo.root(), Map.of(), "template", RELEASE, CHART);
		assertThat(noPassword.exitCode()).isNotZero();
		assertThat(noPassword.output()).contains("secrets.dbPassword is required");
		ExternalTool.Result typo = helm.run(Repo.root(), Map.of(), "template", RELEASE, CHART, "--values",
				CHART + "/ci/default-values.yaml", "--set", "gateway.replicaz=3");
		assertThat(typo.exitCode()).isNotZero();
		assertThat(typo.output()).contains("replicaz");
		ExternalTool.Result device = helm.run(Repo.root(), Map.of(), "template", RELEASE, CHART, "--values",
				CHART + "/ci/default-values.yaml", "--set", "gan.training.device=tpu");
		assertThat(device.exitCode()).isNotZero();
		assertThat(device.output()).contains("gan.training.device");
	}

	@Test
	void everyServiceRunsWithActuatorProbesResourcesAndTheVariablesItReads() {
		Manifests manifests = renderWith("ci/default-values.yaml");
		Map<String, Object> secret = manifests.get("Secret", RELEASE + "-credentials");
		assertThat(Nodes.map(secret, "stringData")).containsKeys("db-user", "db-password");
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			String name = Manifests.name(deployment);
			String module = String.valueOf(Manifests.podLabels(deployment).get("app.kubernetes.io/name"));
			ServiceContract contract = this.contracts.get(module);
			assertThat(contract).as(name + " runs a service").isNotNull();
			Map<String, Object> container = Manifests.container(deployment);
			Map<String, Map<String, Object>> env = env(container);

			assertThat(env.keySet()).as(name).containsAll(contract.requiredVariables());
			assertThat(value(env, contract.databaseUrlVariable())).as(name)
				.isEqualTo("jdbc:postgresql://postgresql:5432/" + contract.database());
			assertThat(value(env, "ALLOYGAN_KAFKA")).as(name).isEqualTo("kafka:9092");
			assertThat(value(env, contract.portVariable())).as(name).isEqualTo(Integer.toString(contract.port()));
			assertThat(Nodes.list(container, "ports")).as(name)
				.containsExactly(Map.of("name", "http", "containerPort", contract.port(), "protocol", "TCP"));
			for (String credential : List.of("ALLOYGAN_DB_USER", "ALLOYGAN_DB_PASSWORD")) {
				assertThat(Nodes.string(env.get(credential), "valueFrom.secretKeyRef.name")).as(name + " " + credential)
					.isEqualTo(Manifests.name(secret));
			}
			env.forEach((variable, entry) -> {
				if (variable.startsWith("ALLOYGAN_")) {
					assertThat(contract.accepts(variable)).as(name + " reads " + variable).isTrue();
				}
				if (variable.matches("ALLOYGAN_[A-Z]+_URL")) {
					assertReachesServingPods(manifests, name + " " + variable, variable, value(env, variable));
				}
			});

			assertThat(Nodes.string(container, "readinessProbe.httpGet.path")).as(name)
				.isEqualTo("/actuator/health/readiness");
			assertThat(Nodes.string(container, "livenessProbe.httpGet.path")).as(name)
				.isEqualTo("/actuator/health/liveness");
			assertThat(Nodes.string(container, "startupProbe.httpGet.path")).as(name)
				.isEqualTo("/actuator/health/liveness");
			for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
				assertThat(Nodes.string(container, probe + ".httpGet.port")).as(name + " " + probe).isEqualTo("http");
			}
			assertThat(Nodes.mapOrEmpty(container, "resources.requests")).as(name).containsKeys("cpu", "memory");
			assertThat(Nodes.mapOrEmpty(container, "resources.limits")).as(name).containsKey("memory");

			assertThat(Nodes.at(deployment, "spec.template.spec.securityContext.runAsNonRoot")).as(name).isEqualTo(true);
			assertThat(Nodes.at(container, "securityContext.readOnlyRootFilesystem")).as(name).isEqualTo(true);
			// The root file system is read-only: what the image writes at run time must be on a volume.
			assertThat(mounts(container)).as(name + " has a writable /tmp").containsKey("/tmp");
			assertThat(dockerfileEnv("XDG_CACHE_HOME")).as("JNA's cache").startsWith("/tmp/");
			assertThat(Nodes.at(deployment, "spec.template.spec.automountServiceAccountToken")).as(name).isEqualTo(false);
		}
	}

	/** ALLOYGAN_GAN_URL must reach, through a Service, the serving (not training) pods of gan-service. */
	private void assertReachesServingPods(Manifests manifests, String what, String variable, String url) {
		ServiceContract target = this.contracts.values()
			.stream()
			.filter((contract) -> contract.urlVariable().equals(variable))
			.findFirst()
			.orElseThrow(() -> new AssertionError(what + ": no service is found through " + variable));
		Matcher parts = Pattern.compile("http://([a-z0-9-]+):(\\d+)").matcher(url);
		assertThat(parts.matches()).as(what + " = " + url).isTrue();
		Map<String, Object> service = manifests.get("Service", parts.group(1));
		Map<String, Object> port = Nodes.asMap(Nodes.list(service, "spec.ports").get(0));
		assertThat(port.get("port")).as(what).isEqualTo(Integer.parseInt(parts.group(2)));
		assertThat(port.get("targetPort")).as(what).isEqualTo("http");
		Map<String, Object> selector = Nodes.map(service, "spec.selector");
		List<String> selected = manifests.ofKind("Deployment")
			.stream()
			.filter((deployment) -> Manifests.selects(selector, Manifests.podLabels(deployment)))
			.map(Manifests::name)
			.toList();
		assertThat(selected).as(what).containsExactly(resource(target.module()));
	}

	@Test
	void ganTrainingRunsOnTheGpuPoolAndInferenceOnCpuBothOnTheSameArtifactsAndDatabase() {
		Manifests manifests = renderWith("ci/default-values.yaml");
		Map<String, Object> training = manifests.get("Deployment", resource("gan-service-training"));
		Map<String, Object> inference = manifests.get("Deployment", resource("gan-service"));
		Map<String, Object> trainingContainer = Manifests.container(training);
		Map<String, Object> inferenceContainer = Manifests.container(inference);

		assertThat(Nodes.string(trainingContainer, "image")).contains("/gan-service-cuda:");
		Object gpus = Nodes.mapOrEmpty(trainingContainer, "resources.limits").get("nvidia.com/gpu");
		assertThat(gpus).isEqualTo(1);
		assertThat(Nodes.mapOrEmpty(inferenceContainer, "resources.limits")).doesNotContainKey("nvidia.com/gpu");
		assertThat(Nodes.mapOrEmpty(training, "spec.template.spec.nodeSelector")).isNotEmpty();
		assertThat(Nodes.list(training, "spec.template.spec.tolerations"))
			.anySatisfy((toleration) -> assertThat(Nodes.asMap(toleration)).containsEntry("key", "nvidia.com/gpu"));
		assertThat(Nodes.mapOrEmpty(inference, "spec.template.spec.nodeSelector")).isEmpty();
		// One GPU pod at a time: a rolling update would wait for a second GPU.
		assertThat(Nodes.string(training, "spec.strategy.type")).isEqualTo("Recreate");

		Map<String, Map<String, Object>> trainingEnv = env(trainingContainer);
		Map<String, Map<String, Object>> inferenceEnv = env(inferenceContainer);
		assertThat(value(trainingEnv, "ALLOYGAN_GAN_DEVICE")).isEqualTo("gpu");
		assertThat(value(inferenceEnv, "ALLOYGAN_GAN_DEVICE")).isEqualTo("cpu");
		// Training events are consumed by the training pods only.
		assertThat(value(inferenceEnv, "SPRING_KAFKA_LISTENER_AUTO_STARTUP")).isEqualTo("false");
		assertThat(trainingEnv).doesNotContainKey("SPRING_KAFKA_LISTENER_AUTO_STARTUP");
		// ... and a training job interrupted with its pod is taken over by the next training pod, on a GPU.
		assertThat(value(inferenceEnv, "ALLOYGAN_JOBS_RESUMED_ELSEWHERE")).isEqualTo("TRAINING");
		assertThat(trainingEnv).doesNotContainKey("ALLOYGAN_JOBS_RESUMED_ELSEWHERE");
		assertThat(value(trainingEnv, "ALLOYGAN_GAN_DB_URL")).isEqualTo(value(inferenceEnv, "ALLOYGAN_GAN_DB_URL"));

		String artifacts = value(trainingEnv, "ALLOYGAN_ARTIFACTS");
		assertThat(value(inferenceEnv, "ALLOYGAN_ARTIFACTS")).isEqualTo(artifacts);
		String claim = RELEASE + "-model-artifacts";
		for (Map<String, Object> deployment : List.of(training, inference)) {
			String volume = mounts(Manifests.container(deployment)).get(artifacts);
			assertThat(volume).as(Manifests.name(deployment) + " mounts " + artifacts).isNotNull();
			assertThat(volumes(deployment).get(volume)).as(Manifests.name(deployment))
				.containsEntry("persistentVolumeClaim", Map.of("claimName", claim));
			// DJL unpacks PyTorch into DJL_CACHE_DIR (set in the image); the root file system is read-only.
			assertThat(mounts(Manifests.container(deployment))).as(Manifests.name(deployment))
				.containsKey(dockerfileEnv("DJL_CACHE_DIR"));
		}
		assertThat(Nodes.list(manifests.get("PersistentVolumeClaim", claim), "spec.accessModes"))
			.containsExactly("ReadWriteMany");
		// Training is reached by nobody: no Service selects its pods.
		for (Map<String, Object> service : manifests.ofKind("Service")) {
			assertThat(Manifests.selects(Nodes.map(service, "spec.selector"), Manifests.podLabels(training)))
				.as(Manifests.name(service))
				.isFalse();
		}
	}

	@Test
	void withoutAGpuPoolInferenceConsumesTheTrainingEventsItself() {
		Manifests manifests = renderWith("ci/cpu-only-values.yaml");
		assertThat(manifests.find("Deployment", resource("gan-service-training"))).isEmpty();
		Map<String, Object> inference = manifests.get("Deployment", resource("gan-service"));
		assertThat(env(Manifests.container(inference))).doesNotContainKey("SPRING_KAFKA_LISTENER_AUTO_STARTUP")
			.doesNotContainKey("ALLOYGAN_JOBS_RESUMED_ELSEWHERE");
		// Credentials and the model volume come from objects the operator made.
		assertThat(manifests.ofKind("Secret")).isEmpty();
		assertThat(manifests.ofKind("PersistentVolumeClaim")).isEmpty();
		assertThat(manifests.ofKind("NetworkPolicy")).isEmpty();
		assertThat(Nodes.string(env(Manifests.container(inference)).get("ALLOYGAN_DB_PASSWORD"),
				"valueFrom.secretKeyRef.name")).isEqualTo("alloygan-credentials");
		assertThat(volumes(inference).get("model-artifacts"))
			.containsEntry("persistentVolumeClaim", Map.of("claimName", "alloygan-models"));
	}

	@Test
	void theStatelessWorkloadsAutoscaleWhenEnabledAndTrainingNever() {
		// By default only the gateway: a new replica of a job-running service fails the jobs of the others.
		assertThat(autoscaled(renderWith("ci/default-values.yaml"))).containsExactly(resource("gateway"));
		Manifests manifests = renderWith("ci/autoscaled-values.yaml");
		assertThat(autoscaled(manifests)).containsExactlyInAnyOrder(resource("gateway"), resource("mining-service"),
				resource("descriptor-service"), resource("feedback-service"), resource("gan-service"));
		assertThat(Nodes.at(manifests.get("Deployment", resource("gan-service-training")), "spec.replicas")).isEqualTo(1);
	}

	/** Targets of the autoscalers, each checked to be a Deployment that leaves its replica count to them. */
	private static Set<String> autoscaled(Manifests manifests) {
		Set<String> targets = new TreeSet<>();
		for (Map<String, Object> hpa : manifests.ofKind("HorizontalPodAutoscaler")) {
			assertThat(Nodes.string(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
			String target = Nodes.string(hpa, "spec.scaleTargetRef.name");
			Map<String, Object> deployment = manifests.get("Deployment", target);
			assertThat(Nodes.at(deployment, "spec.replicas")).as(target + " leaves replicas to its autoscaler").isNull();
			assertThat((Integer) Nodes.at(hpa, "spec.minReplicas")).isLessThanOrEqualTo((Integer) Nodes.at(hpa,
					"spec.maxReplicas"));
			targets.add(target);
		}
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			if (!targets.contains(Manifests.name(deployment))) {
				assertThat(Nodes.at(deployment, "spec.replicas")).as(Manifests.name(deployment)).isNotNull();
			}
		}
		return targets;
	}

	@Test
	void onlyTheGatewayCanBeReachedFromOutsideAndServicesOnlyFromTheGateway() {
		Manifests manifests = renderWith("ci/default-values.yaml");
		Map<String, Map<String, Object>> pods = new LinkedHashMap<>();
		manifests.ofKind("Deployment").forEach((deployment) -> pods.put(Manifests.name(deployment),
				Manifests.podLabels(deployment)));
		// Who may talk to whom over HTTP (services otherwise talk through Kafka).
		Map<String, Set<String>> allowed = Map.of(resource("mining-service"), Set.of(resource("gateway")),
				resource("descriptor-service"),
				Set.of(resource("gateway"), resource("gan-service"), resource("gan-service-training")),
				resource("gan-service"), Set.of(resource("gateway")), resource("feedback-service"),
				Set.of(resource("gateway")), resource("gan-service-training"), Set.of());
		pods.forEach((name, labels) -> {
			List<Map<String, Object>> policies = manifests.ofKind("NetworkPolicy")
				.stream()
				.filter((policy) -> Manifests.selects(Nodes.map(policy, "spec.podSelector.matchLabels"), labels))
				.toList();
			assertThat(policies).as(name + " is under a policy").isNotEmpty();
			assertThat(policies).as(name).allSatisfy((policy) -> assertThat(Nodes.list(policy, "spec.policyTypes"))
				.contains("Ingress"));
			List<Object> rules = new ArrayList<>();
			policies.forEach((policy) -> rules.addAll(Nodes.listOrEmpty(policy, "spec.ingress")));
			if (name.equals(resource("gateway"))) {
				assertThat(rules).as("the gateway is reachable").isNotEmpty();
				return;
			}
			Set<String> admitted = new HashSet<>();
			for (Object rule : rules) {
				List<Object> peers = Nodes.listOrEmpty(rule, "from");
				assertThat(peers).as(name + " admits no one from anywhere").isNotEmpty();
				for (Object peer : peers) {
					assertThat(Nodes.asMap(peer).keySet()).as(name + ": peers are pods of this release")
						.containsExactly("podSelector");
					Map<String, Object> selector = Nodes.map(peer, "podSelector.matchLabels");
					assertThat(selector).as(name).containsEntry("app.kubernetes.io/instance", RELEASE);
					pods.forEach((other, otherLabels) -> {
						if (Manifests.selects(selector, otherLabels)) {
							admitted.add(other);
						}
					});
				}
			}
			assertThat(admitted).as(name + " is reachable from").isEqualTo(allowed.get(name));
		});
		for (Map<String, Object> service : manifests.ofKind("Service")) {
			if (!Manifests.name(service).equals(resource("gateway"))) {
				assertThat(Nodes.string(service, "spec.type")).as(Manifests.name(service)).isEqualTo("ClusterIP");
			}
		}
		assertThat(manifests.ofKind("Ingress")).isEmpty();

		Manifests exposed = renderWith("ci/exposed-values.yaml");
		Map<String, Object> ingress = exposed.get("Ingress", resource("gateway"));
		for (Object rule : Nodes.list(ingress, "spec.rules")) {
			for (Object path : Nodes.list(rule, "http.paths")) {
				assertThat(Nodes.string(path, "backend.service.name")).isEqualTo(resource("gateway"));
			}
		}
		Map<String, Object> gatewayPolicy = exposed.get("NetworkPolicy", resource("gateway"));
		assertThat(Nodes.list(Nodes.list(gatewayPolicy, "spec.ingress").get(0), "from")).containsExactly(Map.of(
				"namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "ingress-nginx"))));

		Manifests loadBalanced = renderWith("ci/default-values.yaml", "--set", "gateway.service.type=LoadBalancer");
		for (Map<String, Object> service : loadBalanced.ofKind("Service")) {
			assertThat(Nodes.string(service, "spec.type")).as(Manifests.name(service))
				.isEqualTo(Manifests.name(service).equals(resource("gateway")) ? "LoadBalancer" : "ClusterIP");
		}
	}

	@Test
	void externalSettingsReachTheContainers() {
		Manifests manifests = renderWith("ci/exposed-values.yaml");
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			Map<String, Object> container = Manifests.container(deployment);
			assertThat(Nodes.string(container, "image")).startsWith("registry.example.com/alloygan/").endsWith(":0.1.0");
			Map<String, Map<String, Object>> env = env(container);
			assertThat(env.entrySet().stream().filter((entry) -> entry.getKey().endsWith("_DB_URL")).toList())
				.singleElement()
				.satisfies((entry) -> assertThat(value(env, entry.getKey())).startsWith("jdbc:postgresql://pg.example.internal:5432/")
					.endsWith("?sslmode=require"));
			assertThat(value(env, "ALLOYGAN_KAFKA")).isEqualTo("kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092");
			assertThat(value(env, "ALLOYGAN_DATA_DIR")).isEqualTo("/data");
			assertThat(mounts(container)).containsEntry("/data", "shared-data");
		}
		Map<String, Map<String, Object>> mining = env(Manifests.container(manifests.get("Deployment",
				resource("mining-service"))));
		assertThat(value(mining, "ALLOYGAN_MINING_LLM_BASE_URL")).isEqualTo("http://vllm.llm.svc:8000/v1");
		assertThat(value(mining, "ALLOYGAN_MINING_LLM_MODEL")).isEqualTo("qwen2.5-7b-instruct");
		assertThat(Nodes.string(mining.get("ALLOYGAN_MINING_LLM_API_KEY"), "valueFrom.secretKeyRef.key"))
			.isEqualTo("mining-llm-api-key");
		assertThat(Nodes.map(manifests.get("Secret", RELEASE + "-credentials"), "stringData"))
			.containsEntry("mining-llm-api-key", "sk-test");
	}

	@Test
	void everyRenderedObjectMatchesTheKubernetesApiSchema() throws IOException {
		String modules = System.getenv("ALLOYGAN_K8S_MODELS");
		Optional<ExternalTool> node = ExternalTool.onPath("node");
		assumeTrue(node.isPresent() && modules != null && Files.isDirectory(Path.of(modules, "kubernetes-models")),
				"node and the npm package kubernetes-models (ALLOYGAN_K8S_MODELS) are needed; .ci/run installs them");
		for (String file : CI_VALUES) {
			Manifests manifests = renderWith(file);
			Path objects = this.scratch.resolve(file.replace('/', '-') + ".json");
			new ObjectMapper().writeValue(objects.toFile(), manifests.objects());
			String output = node.get()
				.run(Repo.root(), Map.of(), "deploy/check/validate-k8s.mjs", modules, objects.toString())
				.assertSucceeded("Kubernetes schema check of the chart rendered with " + file)
				.output();
			assertThat(output).contains(manifests.objects().size() + " valid, 0 invalid");
		}
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
		Map<String, Map<String, Object>> env = new LinkedHashMap<>();
		for (Object entry : Nodes.list(container, "env")) {
			Map<String, Object> variable = Nodes.asMap(entry);
			Object previous = env.put(variable.get("name").toString(), variable);
			assertThat(previous).as("variable " + variable.get("name") + " set twice").isNull();
		}
		return env;
	}

	private static String value(Map<String, Map<String, Object>> env, String name) {
		Map<String, Object> variable = env.get(name);
		return (variable != null) ? Nodes.string(variable, "value") : null;
	}

	/** Mount path -> volume name. */
	private static Map<String, String> mounts(Map<String, Object> container) {
		Map<String, String> mounts = new LinkedHashMap<>();
		Nodes.listOrEmpty(container, "volumeMounts")
			.forEach((mount) -> mounts.put(Nodes.string(mount, "mountPath"), Nodes.string(mount, "name")));
		return mounts;
	}

	/** Volume name -> its source. */
	private static Map<String, Map<String, Object>> volumes(Map<String, Object> deployment) {
		Map<String, Map<String, Object>> volumes = new LinkedHashMap<>();
		for (Object entry : Nodes.listOrEmpty(deployment, "spec.template.spec.volumes")) {
			Map<String, Object> volume = new LinkedHashMap<>(Nodes.asMap(entry));
			volumes.put(volume.remove("name").toString(), volume);
		}
		return volumes;
	}

	private static String dockerfileEnv(String name) {
		Matcher matcher = Pattern.compile(name + "=(\\S+)").matcher(Repo.read("deploy/docker/Dockerfile"));
		if (!matcher.find()) {
			throw new AssertionError("deploy/docker/Dockerfile sets no " + name);
		}
		return matcher.group(1);
	}

}
