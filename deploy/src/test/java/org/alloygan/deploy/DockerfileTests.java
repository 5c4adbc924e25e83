package org.alloygan.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images: multi-stage builds with the Maven wrapper on a JDK, running on a JRE as an unprivileged user,
 * one target per service exposing the port the service listens on.
 */
class DockerfileTests {

	private static final String SERVICES = "deploy/docker/Dockerfile";

	private static final String CUDA = "deploy/docker/gan-service-cuda.Dockerfile";

	private final Map<String, ServiceContract> contracts = ServiceContract.all();

	/** One Dockerfile instruction, continuation lines joined. */
	record Instruction(String keyword, String arguments) {
	}

	static List<Instruction> instructions(String file) {
		String joined = Repo.read(file).replaceAll("\\\\\\r?\\n", " ");
		List<Instruction> instructions = new ArrayList<>();
		for (String line : joined.split("\\r?\\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] parts = trimmed.split("\\s+", 2);
			instructions.add(new Instruction(parts[0].toUpperCase(), (parts.length > 1) ? parts[1] : ""));
		}
		return instructions;
	}

	/** Stage name -> the instructions of that stage (FROM first). */
	static Map<String, List<Instruction>> stageInstructions(String file) {
		Map<String, List<Instruction>> stages = new LinkedHashMap<>();
		List<Instruction> current = null;
		for (Instruction instruction : instructions(file)) {
			if (instruction.keyword().equals("FROM")) {
				Matcher named = Pattern.compile("(?i).*\\sAS\\s+(\\S+)$").matcher(instruction.arguments());
				current = new ArrayList<>();
				stages.put(named.matches() ? named.group(1) : "#" + stages.size(), current);
			}
			if (current != null) {
				current.add(instruction);
			}
		}
		return stages;
	}

	static Set<String> stages(String file) {
		return stageInstructions(file).keySet();
	}

	/** ARG defaults declared before the first FROM. */
	private static Map<String, String> globalArgs(String file) {
		Map<String, String> args = new LinkedHashMap<>();
		for (Instruction instruction : instructions(file)) {
			if (instruction.keyword().equals("FROM")) {
				break;
			}
			if (instruction.keyword().equals("ARG") && instruction.arguments().contains("=")) {
				String[] parts = instruction.arguments().split("=", 2);
				args.put(parts[0], parts[1]);
			}
		}
		return args;
	}

	private static String from(List<Instruction> stage, Map<String, String> args) {
		String image = stage.get(0).arguments().split("\\s+")[0];
		Matcher arg = Pattern.compile("\\$\\{(\\w+)}").matcher(image);
		return arg.matches() ? args.get(arg.group(1)) : image;
	}

	private static String all(List<Instruction> stage, String keyword) {
		return String.join("\n", stage.stream().filter((i) -> i.keyword().equals(keyword))
			.map(Instruction::arguments)
			.toList());
	}

	@Test
	void theServiceImagesBuildWithTheWrapperOnAJdkAndRunOnAJre() {
		Map<String, String> args = globalArgs(SERVICES);
		Map<String, List<Instruction>> stages = stageInstructions(SERVICES);
		assertThat(from(stages.get("build"), args)).isEqualTo("eclipse-temurin:17-jdk");
		assertThat(from(stages.get("runtime"), args)).isEqualTo("eclipse-temurin:17-jre");
		String build = all(stages.get("build"), "RUN");
		assertThat(build).contains("./mvnw").contains("package");
		Matcher projects = Pattern.compile("-pl\\s+(\\S+)").matcher(build);
		assertThat(projects.find()).as("the build names the service modules with -pl").isTrue();
		assertThat(new TreeSet<>(Arrays.asList(projects.group(1).split(",")))).isEqualTo(this.contracts.keySet());
		assertThat(build).contains("-am");
		// The runnable jar is the one with the exec classifier (see the root pom).
		assertThat(Repo.read("pom.xml")).contains("<classifier>exec</classifier>");
		assertThat(build).contains("-*-exec.jar");
		for (String module : this.contracts.keySet()) {
			assertThat(Repo.read("pom.xml")).contains("<module>" + module + "</module>");
		}
	}

	@Test
	void everyServiceHasATargetThatRunsItsJarAsAnUnprivilegedUserOnItsPort() {
		Map<String, List<Instruction>> stages = stageInstructions(SERVICES);
		List<Instruction> runtime = stages.get("runtime");
		assertUnprivileged(all(runtime, "USER"));
		assertThat(all(runtime, "ENTRYPOINT")).contains("java").contains("-jar /app/app.jar");
		assertThat(all(runtime, "ENV")).contains("-XX:MaxRAMPercentage=").contains("-XX:+ExitOnOutOfMemoryError");
		for (ServiceContract contract : this.contracts.values()) {
			List<Instruction> stage = stages.get(contract.module());
			assertThat(stage).as("target " + contract.module()).isNotNull();
			assertThat(stage.get(0).arguments()).as(contract.module()).startsWith("runtime ");
			assertThat(all(stage, "COPY")).as(contract.module())
				.contains("/out/" + contract.module() + ".jar /app/app.jar");
			assertThat(all(stage, "EXPOSE")).as(contract.module()).isEqualTo(Integer.toString(contract.port()));
			assertThat(all(stage, "USER")).as(contract.module() + " keeps the runtime user").isEmpty();
		}
		ComposeProject compose = ComposeProject.load("docker-compose.yml");
		for (String module : this.contracts.keySet()) {
			Map<String, Object> service = compose.service(module);
			assertThat(Nodes.string(service, "build.dockerfile")).isEqualTo(SERVICES);
			assertThat(Nodes.string(service, "build.target")).isEqualTo(module);
			assertThat(Nodes.string(service, "build.context")).isEqualTo(".");
		}
	}

	@Test
	void theCudaVariantBuildsWithTheCudaProfileOnACudaRuntime() {
		Map<String, String> args = globalArgs(CUDA);
		Map<String, List<Instruction>> stages = stageInstructions(CUDA);
		assertThat(from(stages.get("build"), args)).isEqualTo("eclipse-temurin:17-jdk");
		assertThat(all(stages.get("build"), "RUN")).contains("./mvnw").contains("-Pcuda").contains("-pl gan-service");
		String pom = Repo.read("pom.xml");
		assertThat(pom).contains("<id>cuda</id>").contains("pytorch-native-cu124");
		List<Instruction> image = stages.get("gan-service");
		assertThat(from(image, args)).startsWith("nvidia/cuda:12.4").contains("runtime");
		assertThat(all(image, "COPY")).contains("--from=jre /opt/java/openjdk")
			.contains("/out/gan-service.jar /app/app.jar");
		assertUnprivileged(all(image, "USER"));
		assertThat(all(image, "EXPOSE")).isEqualTo(Integer.toString(this.contracts.get("gan-service").port()));
		List<Instruction> runtime = stageInstructions(SERVICES).get("runtime");
		assertThat(all(image, "ENTRYPOINT")).isEqualTo(all(runtime, "ENTRYPOINT"));
		// The same JVM flags and run-time write locations as the CPU images.
		for (String setting : List.of("JAVA_OPTS=", "DJL_CACHE_DIR=", "XDG_CACHE_HOME=")) {
			String expected = setting(all(runtime, "ENV"), setting);
			assertThat(expected).as(setting).isNotNull();
			assertThat(setting(all(image, "ENV"), setting)).as(setting).isEqualTo(expected);
		}
	}

	@Test
	void theBuildContextLeavesOutBuildOutputButKeepsEveryModulePom() {
		List<String> ignored = Repo.read(".dockerignore").lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		assertThat(ignored).contains("**/target", ".git", ".alloygan");
		// Maven reads every module's pom even when it builds only some, so none may be left out.
		assertThat(ignored).noneMatch((pattern) -> pattern.endsWith("pom.xml") || pattern.equals("deploy")
				|| pattern.equals("deploy/") || pattern.equals("*"));
	}

	private static String setting(String env, String prefix) {
		Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "(\"[^\"]*\"|\\S+)").matcher(env);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static void assertUnprivileged(String user) {
		assertThat(user).isNotBlank();
		assertThat(user.split(":")[0]).isNotIn("root", "0");
	}

}
