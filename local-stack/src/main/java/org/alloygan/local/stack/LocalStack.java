package org.alloygan.local.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.alloygan.engines.KafkaBroker;
import org.alloygan.engines.PostgresServer;

/**
 * The whole suite on one machine: a real PostgreSQL and a real Kafka broker as child processes, then the
 * five services as separate JVMs, each with its own database. Closing it stops everything in reverse order.
 */
public final class LocalStack implements AutoCloseable {

	/** Settings of one stack. */
	public record Settings(int gatewayPort, int firstServicePort, int postgresPort, int kafkaPort, Duration timeout) {

		public static Settings defaults(int gatewayPort) {
			return new Settings(gatewayPort, 8081, 54329, 19092, Duration.ofMinutes(5));
		}

	}

	private final StackLayout layout;

	private final Settings settings;

	private final PrintStream out;

	private PostgresServer postgres;

	private KafkaBroker kafka;

	private final Map<ServiceSpec, Process> services = new LinkedHashMap<>();

	private LocalStack(StackLayout layout, Settings settings, PrintStream out) {
		this.layout = layout;
		this.settings = settings;
		this.out = out;
	}

	/** Starts everything and waits until every service reports ready; on failure stops what it started. */
	public static LocalStack start(StackLayout layout, Settings settings, PrintStream out) {
		StackFile.read(layout.stackFile()).filter(StackFile::launcherAlive).ifPresent((running) -> {
			throw new IllegalStateException("a stack is already running from " + layout.dataDir() + " (launcher pid "
					+ running.launcherPid() + ", " + running.gatewayUrl() + "); stop it with ./alloygan down");
		});
		LocalStack stack = new LocalStack(layout, settings, out);
		try {
			stack.startAll();
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	/** The gateway URL of a stack already running from this data folder, if there is one. */
	public static java.util.Optional<String> runningGateway(StackLayout layout) {
		return StackFile.read(layout.stackFile()).filter(StackFile::launcherAlive).map(StackFile::gatewayUrl);
	}

	public String gatewayUrl() {
		return "http://localhost:" + this.settings.gatewayPort();
	}

	private void startAll() {
		Instant begin = Instant.now();
		List<ServiceSpec> specs = ServiceSpec.all(this.settings.gatewayPort(), this.settings.firstServicePort());
		specs.forEach((spec) -> this.layout.serviceJar(spec.module()));
		createDirectories(this.layout.logs());
		// A port answered by something else would pass the readiness checks below for the wrong stack.
		requireFree(this.settings.postgresPort(), "PostgreSQL");
		requireFree(this.settings.kafkaPort(), "Kafka");
		requireFree(this.settings.kafkaPort() + 1, "the Kafka controller");
		specs.forEach((spec) -> requireFree(spec.port(), spec.module()));

		step("PostgreSQL", () -> {
			this.postgres = PostgresServer.start(this.layout.postgresHome(), this.settings.postgresPort(), true);
			specs.forEach((spec) -> this.postgres.ensureDatabase(spec.database()));
		});
		step("Kafka (KRaft)", () -> this.kafka = KafkaBroker.start(this.layout.kafkaHome(), this.settings.kafkaPort(),
				this.settings.kafkaPort() + 1));
		for (ServiceSpec spec : specs) {
			this.services.put(spec, launch(spec, specs));
		}
		writeStackFile();
		awaitReady(specs);
		this.out.printf("All healthy in %.1f s%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
	}

	private Process launch(ServiceSpec spec, List<ServiceSpec> specs) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + (spec.module().equals("gan-service") ? "1g" : "384m"), "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Xss512k", "-Dspring.jmx.enabled=false"));
		// Small and quick to start by default (C1 only); ALLOYGAN_SERVICE_JAVA_OPTS overrides, e.g.
		// "-XX:TieredStopAtLevel=4" for full JIT when measuring throughput (later flags win).
		String extra = System.getenv("ALLOYGAN_SERVICE_JAVA_OPTS");
		if (extra != null && !extra.isBlank()) {
			command.addAll(List.of(extra.trim().split("\\s+")));
		}
		command.addAll(List.of("-jar", this.layout.serviceJar(spec.module()).toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.layout.logs().resolve(spec.module() + ".log").toFile()));
		Map<String, String> env = builder.environment();
		env.put(spec.envPrefix() + "_DB_URL", this.postgres.jdbcUrl(spec.database()));
		env.put("ALLOYGAN_DB_USER", PostgresServer.USER);
		env.put("ALLOYGAN_KAFKA", this.kafka.bootstrapServers());
		env.put("ALLOYGAN_DATA_DIR", this.layout.sharedData().toString());
		env.put("ALLOYGAN_ARTIFACTS", this.layout.artifacts().toString());
		for (ServiceSpec other : specs) {
			String name = other.envPrefix().substring("ALLOYGAN_".length());
			env.put(other.envPrefix() + "_URL", other.baseUrl());
			if (!name.equals("GATEWAY")) {
				env.put(other.envPrefix() + "_PORT", Integer.toString(other.port()));
			}
		}
		env.put("ALLOYGAN_PORT", Integer.toString(this.settings.gatewayPort()));
		if (spec.module().equals("gateway")) {
			// the first admin key, created at the first start, lands here for ./alloygan and the tests
			env.put("ALLOYGAN_GATEWAY_BOOTSTRAP_KEY_FILE", this.layout.adminKeyFile().toString());
		}
		else {
			// only the gateway is reachable from other machines; the services listen on loopback
			env.put("SERVER_ADDRESS", "127.0.0.1");
		}
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + spec.module(), ex);
		}
	}

	private void awaitReady(List<ServiceSpec> specs) {
		Instant deadline = Instant.now().plus(this.settings.timeout());
		List<ServiceSpec> waiting = new ArrayList<>(specs);
		while (!waiting.isEmpty()) {
			for (ServiceSpec spec : List.copyOf(waiting)) {
				Process process = this.services.get(spec);
				if (!process.isAlive()) {
					Path log = this.layout.logs().resolve(spec.module() + ".log");
					throw new IllegalStateException(spec.module() + " exited with code " + process.exitValue() + "; see "
							+ log + "; its last lines:\n" + tail(log));
				}
				if (Readiness.isReady(spec.baseUrl() + "/actuator/health/readiness")) {
					waiting.remove(spec);
					this.out.printf("  %-20s ready   %s%n", spec.module(), spec.baseUrl());
				}
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("not ready within " + this.settings.timeout() + ": " + waiting.stream()
					.map(ServiceSpec::module)
					.toList() + "; see the logs in " + this.layout.logs());
			}
			sleep(250);
		}
	}

	private void writeStackFile() {
		List<StackFile.Component> components = new ArrayList<>();
		components.add(new StackFile.Component("postgresql", -1, this.postgres.port(), null,
				this.layout.postgresHome().resolve("postgres.log").toString()));
		components.add(new StackFile.Component("kafka", -1, this.settings.kafkaPort(), null,
				this.layout.kafkaHome().resolve("kafka.log").toString()));
		this.services.forEach((spec, process) -> components.add(new StackFile.Component(spec.module(), process.pid(),
				spec.port(), spec.baseUrl() + "/actuator/health/readiness",
				this.layout.logs().resolve(spec.module() + ".log").toString())));
		new StackFile(ProcessHandle.current().pid(), Instant.now(), gatewayUrl(), components)
			.write(this.layout.stackFile());
	}

	/** Stops the services (graceful SIGTERM), then Kafka, then PostgreSQL. Safe to call twice. */
	@Override
	public synchronized void close() {
		List<Process> running = new ArrayList<>(this.services.values());
		running.forEach(Process::destroy);
		for (Process process : running) {
			try {
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		}
		this.services.clear();
		if (this.kafka != null) {
			this.kafka.close();
			this.kafka = null;
		}
		if (this.postgres != null) {
			this.postgres.close();
			this.postgres = null;
		}
		try {
			StackFile.read(this.layout.stackFile())
				.filter((file) -> file.launcherPid() == ProcessHandle.current().pid())
				.ifPresent((file) -> deleteQuietly(this.layout.stackFile()));
		}
		catch (UncheckedIOException ex) {
			deleteQuietly(this.layout.stackFile());
		}
	}

	private void step(String name, Runnable action) {
		Instant begin = Instant.now();
		this.out.printf("  %-20s starting...%n", name);
		action.run();
		this.out.printf("  %-20s ready   (%.1f s)%n", name, Duration.between(begin, Instant.now()).toMillis() / 1000.0);
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	private static void requireFree(int port, String what) {
		try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
			socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
		}
		catch (IOException ex) {
			throw new IllegalStateException("port " + port + " for " + what + " is already in use (another AlloyGAN "
					+ "stack? see ./alloygan status); stop it, or choose other ports (--port for the gateway)");
		}
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a stale stack file is detected by the dead launcher pid next time
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
