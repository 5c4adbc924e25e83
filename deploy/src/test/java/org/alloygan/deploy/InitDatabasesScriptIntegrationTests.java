package org.alloygan.deploy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alloygan.engines.FreePorts;
import org.alloygan.engines.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * deploy/postgres/init-databases.sh run against a real PostgreSQL 16 the way the postgres image runs it,
 * with psql (the machine's PostgreSQL client).
 */
class InitDatabasesScriptIntegrationTests {

	private static final String SCRIPT = "deploy/postgres/init-databases.sh";

	@TempDir
	static Path home;

	private static PostgresServer postgres;

	private static ExternalTool bash;

	@BeforeAll
	static void startPostgres() {
		assumeTrue(ExternalTool.onPath("psql").isPresent(), "psql (PostgreSQL client) is not installed");
		bash = ExternalTool.onPath("bash").orElseThrow();
		postgres = PostgresServer.start(home, FreePorts.next(), false);
	}

	@AfterAll
	static void stopPostgres() {
		if (postgres != null) {
			postgres.close();
		}
	}

	/** The databases the script creates when ALLOYGAN_DATABASES is not set. */
	static Set<String> defaultDatabases() {
		Matcher list = Pattern.compile("ALLOYGAN_DATABASES:-([a-z_ ]+)}").matcher(Repo.read(SCRIPT));
		if (!list.find()) {
			throw new AssertionError(SCRIPT + " has no default database list");
		}
		return new TreeSet<>(Arrays.asList(list.group(1).strip().split("\\s+")));
	}

	private ExternalTool.Result runScript(Map<String, String> extra) {
		Map<String, String> env = new TreeMap<>(Map.of("POSTGRES_USER", PostgresServer.USER, "PGHOST", "127.0.0.1",
				"PGPORT", Integer.toString(postgres.port())));
		env.putAll(extra);
		return bash.run(Repo.root(), env, SCRIPT);
	}

	@Test
	void createsEveryServiceDatabaseOwnedByTheApplicationUserAndLeavesThemAloneTheSecondTime() throws SQLException {
		String first = runScript(Map.of()).assertSucceeded(SCRIPT).output();
		Map<String, String> owners = owners();
		for (String database : defaultDatabases()) {
			assertThat(first).contains("created " + database);
			assertThat(owners).containsEntry(database, PostgresServer.USER);
		}
		try (Connection connection = postgres.connect("alloygan_gan"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE kept (id int)");
		}
		String second = runScript(Map.of()).assertSucceeded(SCRIPT + ", second run").output();
		for (String database : defaultDatabases()) {
			assertThat(second).contains(database + " exists").doesNotContain("created " + database);
		}
		try (Connection connection = postgres.connect("alloygan_gan"); Statement statement = connection.createStatement()) {
			assertThat(statement.executeQuery("SELECT count(*) FROM kept").next()).isTrue();
		}
	}

	@Test
	void onAnExistingServerConnectsAsPguserAndGivesTheDatabasesToTheApplicationUser() throws SQLException {
		try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE ROLE app_owner LOGIN");
		}
		runScript(Map.of("PGUSER", PostgresServer.USER, "POSTGRES_USER", "app_owner", "ALLOYGAN_DATABASES",
				"owned_one owned_two"))
			.assertSucceeded(SCRIPT + " as " + PostgresServer.USER + " for app_owner");
		assertThat(owners()).containsEntry("owned_one", "app_owner").containsEntry("owned_two", "app_owner");
	}

	@Test
	void refusesANameThatWouldNeedQuoting() {
		ExternalTool.Result result = runScript(Map.of("ALLOYGAN_DATABASES", "alloygan_ok Robert'); DROP"));
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("is not a plain lower-case database name");
		assertThat(ownersQuietly()).doesNotContainKey("Robert');");
	}

	private static Map<String, String> owners() throws SQLException {
		Map<String, String> owners = new TreeMap<>();
		try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT datname, pg_get_userbyid(datdba) FROM pg_database WHERE NOT datistemplate")) {
			while (rows.next()) {
				owners.put(rows.getString(1), rows.getString(2));
			}
		}
		return owners;
	}

	private static Map<String, String> ownersQuietly() {
		try {
			return owners();
		}
		catch (SQLException ex) {
			throw new AssertionError(ex);
		}
	}

}
