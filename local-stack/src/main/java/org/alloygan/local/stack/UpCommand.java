package org.alloygan.local.stack;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alloygan up}: starts the suite and keeps it running until Ctrl-C or {@code alloygan down}. */
@Command(name = "up", mixinStandardHelpOptions = true,
		description = "Start PostgreSQL, Kafka and the five services; Ctrl-C stops everything.")
public class UpCommand implements Callable<Integer> {

	@Option(names = "--port", description = "Gateway port (default: $ALLOYGAN_PORT or 8080).")
	Integer port;

	@Option(names = "--data-dir", description = "Data folder kept between runs (default: $ALLOYGAN_DATA or ./.alloygan).")
	Path dataDir;

	@Override
	public Integer call() throws Exception {
		StackLayout layout = StackLayout.of(this.dataDir);
		System.out.println("Starting AlloyGAN (data in " + layout.dataDir() + ")");
		LocalStack stack = LocalStack.start(layout, LocalStack.Settings.defaults(gatewayPort(this.port)), System.out);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping AlloyGAN...");
			stack.close();
			System.out.println("Stopped.");
			stopped.countDown();
		}, "alloygan-stop"));
		System.out.println();
		System.out.println("AlloyGAN is up: " + stack.gatewayUrl() + "/api/v1  (Ctrl-C or ./alloygan down to stop)");
		System.out.println("API docs: " + stack.gatewayUrl() + "/swagger-ui.html; admin API key (created at the "
				+ "first start): " + layout.adminKeyFile());
		stopped.await();
		return 0;
	}

	static int gatewayPort(Integer flag) {
		if (flag != null) {
			return flag;
		}
		String env = System.getenv("ALLOYGAN_PORT");
		return (env != null && !env.isBlank()) ? Integer.parseInt(env.trim()) : 8080;
	}

}
