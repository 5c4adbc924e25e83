package org.alloygan.engines;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerTests {

	@TempDir
	Path home;

	@Test
	void runsARealServerWhoseDataSurvivesARestart() throws Exception {
		int port = FreePorts.next();
		try (PostgresServer server = PostgresServer.start(this.home, port, true)) {
			server.ensureDatabase("alloygan_test");
			try (Connection c = server.connect("alloygan_test"); Statement s = c.createStatement()) {
				s.execute("CREATE TABLE alloy (key TEXT PRIMARY KEY)");
				s.execute("INSERT INTO alloy VALUES ('Cu50Zr50')");
			}
		}
		try (PostgresServer server = PostgresServer.start(this.home, port, true);
				Connection c = server.connect("alloygan_test");
				Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("SELECT key, version() FROM alloy")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Cu50Zr50");
			assertThat(rows.getString(2)).startsWith("PostgreSQL 16");
		}
	}

	@Test
	void rejectsDatabaseNamesThatWouldNeedQuoting() {
		try (PostgresServer server = PostgresServer.start(this.home, FreePorts.next(), false)) {
			org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
				.isThrownBy(() -> server.ensureDatabase("x; DROP DATABASE postgres"));
		}
	}

}
