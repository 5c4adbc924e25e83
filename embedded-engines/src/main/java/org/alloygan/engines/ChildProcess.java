package org.alloygan.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs engine binaries as child processes, with output going to a log file the user can read. */
final class ChildProcess {

	private ChildProcess() {
	}

	/** Runs a command to completion; fails with the tail of its log when it exits non-zero. */
	static void runToCompletion(List<String> command, Path log, Duration timeout) {
		Process process = start(command, log);
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new EngineException("'" + String.join(" ", command) + "' did not finish within " + timeout
						+ "; see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new EngineException("interrupted while running " + command.get(0), ex);
		}
		if (process.exitValue() != 0) {
			throw new EngineException("'" + String.join(" ", command) + "' failed with exit code "
					+ process.exitValue() + ":\n" + tail(log));
		}
	}

	static Process start(List<String> command, Path log) {
		try {
			Files.createDirectories(log.getParent());
			return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new EngineException("cannot start " + command.get(0) + ": " + ex.getMessage(), ex);
		}
	}

	/** Asks a process to stop with a signal, then waits; kills it if it does not stop in time. */
	static void stop(ProcessHandle process, String signal, Duration grace) {
		if (!process.isAlive()) {
			return;
		}
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
			process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
	}

	static String tail(Path log) {
		try {
			List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(log " + log + " unreadable: " + ex.getMessage() + ")";
		}
	}

	/** The java binary of the running JVM, so children use the same JDK. */
	static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	static List<String> javaCommand(String maxHeap, String mainClass, List<String> args) {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + maxHeap, "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass));
		command.addAll(args);
		return command;
	}

}
