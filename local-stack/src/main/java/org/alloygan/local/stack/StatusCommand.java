package org.alloygan.local.stack;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.alloygan.engines.KafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alloygan status}: what is running from a data folder, and whether each part is ready. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show whether the local suite is running.")
public class StatusCommand implements Callable<Integer> {

	@Option(names = "--data-dir", description = "Data folder of the stack (default: $ALLOYGAN_DATA or ./.alloygan).")
	Path dataDir;

	@Override
	public Integer call() {
		StackLayout layout = StackLayout.of(this.dataDir);
		Optional<StackFile> file = StackFile.read(layout.stackFile());
		if (file.isEmpty() || !file.get().launcherAlive()) {
			System.out.println("AlloyGAN is not running (data folder " + layout.dataDir() + ").");
			return 3;
		}
		StackFile stack = file.get();
		System.out.printf("AlloyGAN is running since %s, gateway %s (launcher pid %d)%n", stack.startedAt(),
				stack.gatewayUrl(), stack.launcherPid());
		boolean allReady = true;
		for (StackFile.Component component : stack.components()) {
			boolean ready = switch (component.name()) {
				case "kafka" -> KafkaBroker.answers("127.0.0.1:" + component.port());
				case "postgresql" -> portOpen(component.port());
				default -> Readiness.isReady(component.healthUrl());
			};
			allReady &= ready;
			System.out.printf("  %-20s %-9s port %-6d log %s%n", component.name(), ready ? "ready" : "NOT READY",
					component.port(), component.log());
		}
		return allReady ? 0 : 1;
	}

	private static boolean portOpen(int port) {
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

}
