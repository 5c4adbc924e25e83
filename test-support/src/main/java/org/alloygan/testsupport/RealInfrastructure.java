package org.alloygan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String application = context.getEnvironment().getProperty("spring.application.name", "app");
		String database = "test_" + application.replaceAll("[^a-z0-9]", "_");
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
				Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-test-postgres"));
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
			Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy, "stop-test-kafka"));
		}
		return kafka.getBrokersAsString();
	}

}
