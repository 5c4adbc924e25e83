package org.alloygan.benchmarks.mining;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageKind;
import org.alloygan.extraction.PassageMiner;
import org.alloygan.extraction.PassageResult;
import org.alloygan.extraction.llm.LlmExtractor;
import org.alloygan.extraction.llm.LlmSettings;

/**
 * What our code adds to an LLM mining job: a local chat-completions stub answers every request after a
 * fixed latency (200 ms by default) with a valid one-record reply, and a job of N passages runs at several
 * concurrency limits. With no overhead a job takes ceil(N / concurrency) x latency; the ratio to that is
 * printed, along with the most requests the stub saw in flight.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.mining.LlmOverheadBenchmark \
 *     [--passages 200] [--latency-ms 200] [--concurrency 1,4,16]
 * </pre>
 */
public final class LlmOverheadBenchmark {

	private static final String REPLY = "{\"records\": [{\"composition\": \"Cu46Zr46Al8\", \"Tg\": {\"value\": 701, "
			+ "\"unit\": \"K\"}, \"Tx\": {\"value\": 780, \"unit\": \"K\"}, \"Tl\": null, \"Dmax\": null, "
			+ "\"heating_rate\": {\"value\": 20, \"unit\": \"K/min\"}, \"confidence\": 0.9}]}";

	private LlmOverheadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int passages = 200;
		long latency = 200;
		List<Integer> levels = List.of(1, 4, 16);
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--passages" -> passages = Integer.parseInt(args[++i]);
				case "--latency-ms" -> latency = Long.parseLong(args[++i]);
				case "--concurrency" -> levels = java.util.Arrays.stream(args[++i].split(","))
					.map(Integer::parseInt)
					.toList();
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger maxInFlight = new AtomicInteger();
		HttpServer server = stub(latency, inFlight, maxInFlight);
		URI baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
		List<Passage> work = new ArrayList<>();
		for (int i = 0; i < passages; i++) {
			String text = "Sample " + i + ": DSC at 20 K/min shows that the Cu46Zr46Al8 glass has Tg = 701 K and "
					+ "Tx = 780 K.";
			work.add(new Passage(i, PassageKind.PARAGRAPH, text, 0, text.length(), null, null));
		}
		System.out.printf(Locale.ROOT, "stub latency %d ms, %d passages per job%n", latency, passages);
		System.out.println("concurrency  wall (s)  ideal (s)  wall/ideal  passages/s  max in flight  accepted");
		try {
			// warm-up: class loading, JIT, connection set-up
			run(baseUrl, work.subList(0, Math.min(work.size(), 32)), 8);
			for (int concurrency : levels) {
				maxInFlight.set(0);
				long started = System.nanoTime();
				int accepted = run(baseUrl, work, concurrency);
				double wall = (System.nanoTime() - started) / 1e9;
				double ideal = Math.ceil(passages / (double) concurrency) * latency / 1000.0;
				System.out.printf(Locale.ROOT, "%11d  %8.2f  %9.2f  %10.3f  %10.1f  %13d  %8d%n", concurrency, wall, ideal,
						wall / ideal, passages / wall, maxInFlight.get(), accepted);
			}
		}
		finally {
			server.stop(0);
		}
	}

	private static int run(URI baseUrl, List<Passage> work, int concurrency) {
		LlmSettings settings = new LlmSettings(baseUrl, "stub", null, Duration.ofSeconds(30), concurrency, 0, 0,
				Duration.ofMillis(100), true);
		int[] accepted = new int[1];
		try (LlmExtractor llm = new LlmExtractor(settings)) {
			new PassageMiner(llm).mineAll(work, (PassageResult result) -> {
				if (result.failed()) {
					throw new IllegalStateException(result.failure());
				}
				accepted[0] += result.accepted().size();
			});
		}
		return accepted[0];
	}

	private static HttpServer stub(long latency, AtomicInteger inFlight, AtomicInteger maxInFlight) throws IOException {
		// the JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
		// client's delayed ACK add ~40 ms per response, an artefact of the stub that a real server does not have
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
		ExecutorService threads = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "stub-llm");
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(threads);
		byte[] body = ("{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": "
				+ com.fasterxml.jackson.databind.node.TextNode.valueOf(REPLY) + "}}], \"usage\": {\"prompt_tokens\": 400, "
				+ "\"completion_tokens\": 60}}").getBytes(StandardCharsets.UTF_8);
		server.createContext("/v1/chat/completions", (exchange) -> {
			maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			boolean counted = true;
			try {
				exchange.getRequestBody().readAllBytes();
				Thread.sleep(latency);
				inFlight.decrementAndGet();
				counted = false;
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				if (counted) {
					inFlight.decrementAndGet();
				}
				exchange.close();
			}
		});
		server.start();
		return server;
	}

}
