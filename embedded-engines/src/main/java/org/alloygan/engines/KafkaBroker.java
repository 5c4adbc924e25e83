package org.alloygan.engines;

import java.io.IOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker + controller), run from Kafka's own
 * Maven artifacts as a child JVM, with its log folder kept between runs.
 */
public final class KafkaBroker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

	private final int port;

	private final Process process;

	private KafkaBroker(int port, Process process) {
		this.port = port;
		this.process = process;
	}

	/** Formats the storage on first use, then starts the broker and waits until it answers. */
	public static KafkaBroker start(Path home, int port, int controllerPort) {
		Path config = home.resolve("server.properties");
		Path logFile = home.resolve("kafka.log");
		writeConfig(home, config, port, controllerPort);
		if (!Files.exists(home.resolve("data/meta.properties"))) {
			log.info("Formatting Kafka KRaft storage in {}", home.resolve("data"));
			ChildProcess.runToCompletion(ChildProcess.javaCommand("256m", "kafka.tools.StorageTool",
					List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--ignore-formatted")),
					logFile, Duration.ofMinutes(2));
		}
		Process process = ChildProcess.start(ChildProcess.javaCommand("768m", "kafka.Kafka", List.of(config.toString())),
				logFile);
		KafkaBroker broker = new KafkaBroker(port, process);
		broker.awaitReady(Duration.ofSeconds(90), logFile);
		log.info("Kafka broker ready on port {}", port);
		return broker;
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	public boolean isRunning() {
		return this.process.isAlive();
	}

	/** Controlled shutdown (SIGTERM), so the next start needs no log recovery. */
	@Override
	public void close() {
		ChildProcess.stop(this.process.toHandle(), "TERM", Duration.ofSeconds(30));
	}

	private void awaitReady(Duration timeout, Path logFile) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new EngineException(
						"Kafka exited with code " + this.process.exitValue() + ":\n" + ChildProcess.tail(logFile));
			}
			if (answers(bootstrapServers())) {
				return;
			}
			PostgresServer.sleep(300);
		}
		close();
		throw new EngineException("Kafka did not answer on port " + this.port + " within " + timeout + "; see " + logFile);
	}

	/** True when a Kafka cluster answers at these bootstrap servers. */
	public static boolean answers(String bootstrapServers) {
		String[] hostPort = bootstrapServers.split(",")[0].split(":");
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 500);
		}
		catch (IOException ex) {
			return false;
		}
		try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
			return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void writeConfig(Path home, Path config, int port, int controllerPort) {
		Properties p = new Properties();
		p.setProperty("process.roles", "broker,controller");
		p.setProperty("node.id", "1");
		p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		p.setProperty("inter.broker.listener.name", "PLAINTEXT");
		p.setProperty("controller.listener.names", "CONTROLLER");
		p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		p.setProperty("log.dirs", home.resolve("data").toString());
		p.setProperty("num.partitions", "3");
		p.setProperty("offsets.topic.replication.factor", "1");
		p.setProperty("offsets.topic.num.partitions", "10");
		p.setProperty("transaction.state.log.replication.factor", "1");
		p.setProperty("transaction.state.log.min.isr", "1");
		p.setProperty("group.initial.rebalance.delay.ms", "0");
		p.setProperty("auto.create.topics.enable", "true");
		p.setProperty("log.retention.hours", "168");
		try {
			Files.createDirectories(home);
			try (Writer out = Files.newBufferedWriter(config)) {
				p.store(out, "written by AlloyGAN local-stack at every start");
			}
		}
		catch (IOException ex) {
			throw new EngineException("cannot write " + config + ": " + ex.getMessage(), ex);
		}
	}

}
