package org.alloygan.extraction.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server that speaks the chat-completions protocol, answering with whatever the test scripts:
 * a reply content, an HTTP error, or a delay. Shared with mining-service's tests through this module's test-jar.
 */
public final class StubChatServer implements AutoCloseable {

	/** What to answer one request with. */
	public record Answer(int status, String content, long delayMillis, Map<String, String> headers) {

		public static Answer reply(String content) {
			return new Answer(200, content, 0, Map.of());
		}

		public static Answer status(int status, Map<String, String> headers) {
			return new Answer(status, null, 0, headers);
		}

		public static Answer slow(String content, long delayMillis) {
			return new Answer(200, content, delayMillis, Map.of());
		}

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxInFlight = new AtomicInteger();

	final ConcurrentLinkedQueue<JsonNode> requests = new ConcurrentLinkedQueue<>();

	/** @param script the answer to a request, given its body and how many requests came before it */
	public StubChatServer(Function<Request, Answer> script) {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// daemon threads: a test class may keep one server for the life of the JVM
		this.server.setExecutor(Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "stub-chat");
			thread.setDaemon(true);
			return thread;
		}));
		AtomicInteger count = new AtomicInteger();
		this.server.createContext("/v1/chat/completions", (exchange) -> {
			int now = this.inFlight.incrementAndGet();
			this.maxInFlight.accumulateAndGet(now, Math::max);
			try {
				JsonNode body = JSON.readTree(exchange.getRequestBody());
				this.requests.add(body);
				Answer answer = script.apply(new Request(body, count.getAndIncrement()));
				if (answer.delayMillis() > 0) {
					Thread.sleep(answer.delayMillis());
				}
				answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
				byte[] bytes = (answer.status() == 200) ? completion(answer.content())
						: "{\"error\":{\"message\":\"scripted\"}}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(answer.status(), bytes.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (IOException ex) {
				// the client gave up (a timeout test)
			}
			finally {
				this.inFlight.decrementAndGet();
				exchange.close();
			}
		});
		this.server.start();
	}

	/** A request as the script sees it. */
	public record Request(JsonNode body, int index) {

		public String userText() {
			JsonNode messages = this.body.path("messages");
			return messages.path(1).path("content").asText();
		}

		public int messageCount() {
			return this.body.path("messages").size();
		}

	}

	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	public int maxInFlight() {
		return this.maxInFlight.get();
	}

	public List<JsonNode> requests() {
		return List.copyOf(this.requests);
	}

	private static byte[] completion(String content) throws IOException {
		Map<String, Object> body = Map.of("id", "stub", "object", "chat.completion", "choices",
				List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", content), "finish_reason",
						"stop")),
				"usage", Map.of("prompt_tokens", 100, "completion_tokens", 20, "total_tokens", 120));
		return JSON.writeValueAsBytes(body);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
