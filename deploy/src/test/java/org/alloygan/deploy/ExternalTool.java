package org.alloygan.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool the deployment checks use when it is installed (docker-compose, helm, node, psql).
 * .ci/run installs them where it can; where one is missing the checks that need it are skipped.
 *
 * @param command the words that start it, e.g. {@code [docker, compose]}
 */
record ExternalTool(List<String> command) {

	/** How one run ended: exit code and stdout with stderr interleaved. */
	record Result(int exitCode, String output) {

		Result assertSucceeded(String what) {
			if (this.exitCode != 0) {
				throw new AssertionError(what + " failed (exit " + this.exitCode + "):\n" + this.output);
			}
			return this;
		}

	}

	/** An executable on PATH (or at an absolute path), if it is there. */
	static Optional<ExternalTool> onPath(String name) {
		if (name.contains("/")) {
			return Files.isExecutable(Path.of(name)) ? Optional.of(new ExternalTool(List.of(name))) : Optional.empty();
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String dir : path.split(File.pathSeparator)) {
			Path candidate = Path.of(dir).resolve(name);
			if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
				return Optional.of(new ExternalTool(List.of(candidate.toString())));
			}
		}
		return Optional.empty();
	}

	/** helm: $ALLOYGAN_HELM, else helm on PATH. */
	static Optional<ExternalTool> helm() {
		String configured = System.getenv("ALLOYGAN_HELM");
		return (configured != null && !configured.isBlank()) ? onPath(configured) : onPath("helm");
	}

	/** Compose: the docker CLI plugin ({@code docker compose}) when it answers, else docker-compose. */
	static Optional<ExternalTool> compose() {
		Optional<ExternalTool> plugin = onPath("docker").map((docker) -> new ExternalTool(
				List.of(docker.command().get(0), "compose")));
		if (plugin.isPresent() && plugin.get().run(Repo.root(), Map.of(), "version").exitCode() == 0) {
			return plugin;
		}
		return onPath("docker-compose");
	}

	Result run(Path workingDir, Map<String, String> environment, String... arguments) {
		List<String> commandLine = new ArrayList<>(this.command);
		commandLine.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(commandLine).directory(workingDir.toFile())
			.redirectErrorStream(true);
		builder.environment().putAll(environment);
		try {
			Path output = Files.createTempFile("alloygan-tool", ".out");
			try {
				builder.redirectOutput(output.toFile());
				Process process = builder.start();
				if (!process.waitFor(180, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new AssertionError(commandLine + " did not finish within 180 s");
				}
				return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
			}
			finally {
				Files.deleteIfExists(output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot run " + commandLine, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while running " + commandLine, ex);
		}
	}

	@Override
	public String toString() {
		return String.join(" ", this.command);
	}

}
