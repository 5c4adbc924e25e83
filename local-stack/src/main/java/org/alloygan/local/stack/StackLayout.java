package org.alloygan.local.stack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the AlloyGAN checkout (service jars) and the data folder that survives restarts
 * (PostgreSQL data, Kafka logs, model artifacts, logs, the stack file).
 */
public record StackLayout(Path home, Path dataDir) {

	public static final String HOME_PROPERTY = "alloygan.home";

	public static StackLayout of(Path dataDirOrNull) {
		Path home = Path.of(System.getProperty(HOME_PROPERTY, ".")).toAbsolutePath().normalize();
		String env = System.getenv("ALLOYGAN_DATA");
		Path data = (dataDirOrNull != null) ? dataDirOrNull
				: (env != null && !env.isBlank()) ? Path.of(env) : home.resolve(".alloygan");
		return new StackLayout(home, data.toAbsolutePath().normalize());
	}

	public Path postgresHome() {
		return this.dataDir.resolve("postgres");
	}

	public Path kafkaHome() {
		return this.dataDir.resolve("kafka");
	}

	public Path logs() {
		return this.dataDir.resolve("logs");
	}

	public Path artifacts() {
		return this.dataDir.resolve("artifacts");
	}

	public Path stackFile() {
		return this.dataDir.resolve("stack.json");
	}

	/** The admin API key the gateway created at its first start (owner-only; see docs/api.md). */
	public Path adminKeyFile() {
		return this.dataDir.resolve("admin-api-key");
	}

	/** The public data sets (../shared/data next to the checkout), or the ALLOYGAN_DATA_DIR setting. */
	public Path sharedData() {
		String env = System.getenv("ALLOYGAN_DATA_DIR");
		return (env != null && !env.isBlank()) ? Path.of(env) : this.home.resolveSibling("shared").resolve("data");
	}

	/** The runnable jar a service build produced ({@code <service>/target/<service>-*-exec.jar}). */
	public Path serviceJar(String service) {
		Path target = this.home.resolve(service).resolve("target");
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, service + "-*-exec.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		catch (IOException ex) {
			// fall through to the explanation below
		}
		throw new IllegalStateException("no runnable jar for " + service + " under " + target
				+ "; build first: ./mvnw -B -DskipTests package (./alloygan does this for you)");
	}

}
