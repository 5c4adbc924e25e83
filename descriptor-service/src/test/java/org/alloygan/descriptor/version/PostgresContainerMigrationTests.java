package org.alloygan.descriptor.version;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations against the PostgreSQL 16 image that production uses, where a Docker engine exists
 * (skipped cleanly where none does, as in CI; the embedded server covers the other tests there).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = PostgresContainerMigrationTests.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.kafka.bootstrap-servers=unused:9092")
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class })
class PostgresContainerMigrationTests {

	@Container
	@ServiceConnection
	static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16-alpine");

	@Autowired
	JdbcClient jdbc;

	@Test
	void migrationsCreateTheDatasetSchemaOnTheProductionImage() {
		assertThat(this.jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
				+ "('alloy', 'observation', 'dataset_version', 'outbox_event', 'job')").query(Long.class).single())
			.isEqualTo(5);
	}

}
