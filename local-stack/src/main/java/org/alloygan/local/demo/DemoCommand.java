package org.alloygan.local.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.alloygan.local.stack.LocalStack;
import org.alloygan.local.stack.StackLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code alloygan demo}: the closed loop on the local stack against real data, step by step, then the
 * stack keeps running so the results can be looked at (Ctrl-C stops it).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "Run the whole loop on the local stack: import, mine, version, train, design, measure, retrain.")
public class DemoCommand implements Callable<Integer> {

	@Option(names = "--data", description = "Dataset CSV to import (default: ../shared/data/glasses/mmg_tg_tx_tl.csv "
			+ "when present, else a small curated set shipped with AlloyGAN).")
	Path data;

	@Option(names = "--port", description = "Gateway port (default: $ALLOYGAN_PORT or 8080).")
	Integer port;

	@Option(names = "--data-dir", description = "Data folder kept between runs (default: $ALLOYGAN_DATA or ./.alloygan).")
	Path dataDir;

	@Option(names = "--exit", description = "Stop the stack when the demo is done instead of keeping it running.")
	boolean exit;

	@Override
	public Integer call() throws Exception {
		StackLayout layout = StackLayout.of(this.dataDir);
		Optional<String> running = LocalStack.runningGateway(layout);
		LocalStack stack = null;
		String gatewayUrl;
		if (running.isPresent()) {
			gatewayUrl = running.get();
			System.out.println("Using the AlloyGAN stack already running at " + gatewayUrl);
		}
		else {
			System.out.println("Starting AlloyGAN (data in " + layout.dataDir() + ")");
			stack = LocalStack.start(layout, LocalStack.Settings.defaults(gatewayPort()), System.out);
			gatewayUrl = stack.gatewayUrl();
			LocalStack started = stack;
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "alloygan-stop"));
		}
		try {
			new DemoLoop(new Gateway(gatewayUrl, apiKey(layout)), dataset(this.data, layout.sharedData()), System.out).run();
		}
		catch (DemoException ex) {
			System.out.println();
			System.out.println("Demo step failed: " + ex.getMessage());
			if (stack != null && this.exit) {
				stack.close();
			}
			return 1;
		}
		if (stack == null || this.exit) {
			if (stack != null) {
				stack.close();
			}
			return 0;
		}
		System.out.println();
		System.out.println("The stack keeps running so you can look around; Ctrl-C (or ./alloygan down) stops it.");
		new CountDownLatch(1).await();
		return 0;
	}

	private int gatewayPort() {
		if (this.port != null) {
			return this.port;
		}
		String env = System.getenv("ALLOYGAN_PORT");
		return (env != null && !env.isBlank()) ? Integer.parseInt(env.trim()) : 8080;
	}

	/**
	 * What the demo imports: the {@code --data} file when given; else the public MMG set under the shared data
	 * folder when it is there; else the curated set shipped in the launcher jar.
	 */
	static DemoLoop.Dataset dataset(Path data, Path sharedData) {
		if (data != null) {
			if (!Files.isRegularFile(data)) {
				throw new IllegalArgumentException("--data " + data + " is not a file");
			}
			return new DemoLoop.Dataset(data.getFileName().toString(), read(data), data.toString());
		}
		Path shared = sharedData.resolve("glasses").resolve("mmg_tg_tx_tl.csv");
		if (Files.isRegularFile(shared)) {
			return new DemoLoop.Dataset("mmg_tg_tx_tl.csv", read(shared), shared.toString());
		}
		return DemoLoop.Dataset.curated();
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (java.io.IOException ex) {
			throw new IllegalArgumentException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** The key for the gateway: $ALLOYGAN_API_KEY, else the bootstrap admin key the stack wrote, else none. */
	static String apiKey(StackLayout layout) {
		String env = System.getenv("ALLOYGAN_API_KEY");
		if (env != null && !env.isBlank()) {
			return env.trim();
		}
		Path file = layout.dataDir().resolve("admin-api-key");
		try {
			return Files.isReadable(file) ? Files.readString(file).trim() : null;
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

}
