package org.alloygan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.alloygan.engines.FreePorts;
import org.alloygan.engines.PostgresServer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Points a Spring test context at a real PostgreSQL server and a real Kafka (KRaft) broker, started once
 * per test JVM and shared by every context in it. Each application gets its own database, as in
 * production.
 */
public final class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static PostgresServer postgres;

	private static EmbeddedKafkaKraftBroker kafka;

	/** Every context pointed at the infrastructure, closed before it stops (see {@link #stopAtExit}). */
	private static final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

	private static boolean stopHookRegistered;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String application = context.getEnvironment().getProperty("spring.application.name", "app");
		String database = "test_" + application.replaceAll("[^a-z0-9]", "_");
		contexts.add(context);
		postgres().ensureDatabase(database);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("realInfrastructure",
					Map.of("spring.datasource.url", postgres().jdbcUrl(database), "spring.datasource.username",
							PostgresServer.USER, "spring.kafka.bootstrap-servers", kafkaBootstrapServers())));
	}

	/** The shared PostgreSQL server of this JVM (throw-away data, fsync off). */
	public static synchronized PostgresServer postgres() {
		if (postgres == null) {
			try {
				Path home = Files.createTempDirectory("alloygan-test-postgres");
				postgres = PostgresServer.start(home, FreePorts.next(), false);
				stopAtExit();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return postgres;
	}

	/** The shared in-process Kafka broker of this JVM. */
	public static synchronized String kafkaBootstrapServers() {
		if (kafka == null) {
			kafka = new EmbeddedKafkaKraftBroker(1, 3);
			kafka.brokerProperty("auto.create.topics.enable", "true");
			kafka.afterPropertiesSet();
			stopAtExit();
		}
		return kafka.getBrokersAsString();
	}

	/**
	 * One shutdown hook that closes the test contexts first and only then stops the broker and the database. The
	 * contexts' own hooks run at the same time as this one; if the broker went first, their Kafka clients would
	 * wait out their close timeouts (30 s) for a broker that is gone, and Surefire would kill the JVM.
	 */
	private static synchronized void stopAtExit() {
		if (stopHookRegistered) {
			return;
		}
		stopHookRegistered = true;
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			contexts.forEach(ConfigurableApplicationContext::close);
			synchronized (RealInfrastructure.class) {
				if (kafka != null) {
					kafka.destroy();
				}
				if (postgres != null) {
					postgres.close();
				}
			}
		}, "stop-test-infrastructure"));
	}

}
