package org.alloygan.mining;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** A local server speaking the chat-completions protocol; what it answers is up to the test's script. */
final class StubChatServer {

	/** What to answer: a reply content (status 200), or an error status, optionally after a delay. */
	record Answer(int status, String content, long delayMillis, Map<String, String> headers) {

		static Answer reply(String content) {
			return new Answer(200, content, 0, Map.of());
		}

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	StubChatServer(Function<JsonNode, Answer> script) {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "stub-chat");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/v1/chat/completions", (exchange) -> {
			try {
				Answer answer = script.apply(JSON.readTree(exchange.getRequestBody()));
				if (answer.delayMillis() > 0) {
					Thread.sleep(answer.delayMillis());
				}
				answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
				byte[] bytes = (answer.status() == 200) ? JSON.writeValueAsBytes(Map.of("choices",
						List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", answer.content()))),
						"usage", Map.of("prompt_tokens", 300, "completion_tokens", 40)))
						: "{\"error\":\"scripted\"}".getBytes(StandardCharsets.UTF_8);
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
				// the client timed out and left
			}
			finally {
				exchange.close();
			}
		});
		this.server.start();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

}
