package org.alloygan.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.alloygan.engines.FreePorts;
import org.alloygan.engines.PostgresServer;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A real PostgreSQL with service-support's schema as Flyway creates it in every service's database. */
public final class SupportDatabase implements AutoCloseable {

	private final PostgresServer postgres;

	private final JdbcClient jdbc;

	public SupportDatabase(String name) {
		try {
			this.postgres = PostgresServer.start(Files.createTempDirectory("alloygan-" + name), FreePorts.next(), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.postgres.ensureDatabase(name);
		DriverManagerDataSource dataSource = new DriverManagerDataSource(this.postgres.jdbcUrl(name),
				PostgresServer.USER, "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/support").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	@Override
	public void close() {
		this.postgres.close();
	}

}
