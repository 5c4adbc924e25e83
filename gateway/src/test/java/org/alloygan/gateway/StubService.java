package org.alloygan.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the services behind the gateway: answers every request with 200 and a JSON echo of what
 * arrived (method, path, headers, body size), and remembers the last request per path, so tests can see
 * exactly what the gateway forwarded. Paths ending in {@code /busy} answer 503 with Retry-After: 30, paths
 * ending in {@code /moved} a 302.
 */
public final class StubService {

	/** What the stub received. */
	public record Received(String method, String path, String query, Map<String, List<String>> headers,
			long bodyBytes) {

		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final Map<String, Received> lastByPath = new ConcurrentHashMap<>();

	private StubService(HttpServer server) {
		this.server = server;
	}

	public static StubService start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
			StubService stub = new StubService(server);
			server.createContext("/", stub::handle);
			server.setExecutor(Executors.newFixedThreadPool(4));
			server.start();
			return stub;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public Received last(String path) {
		return this.lastByPath.get(path);
	}

	private void handle(HttpExchange exchange) throws IOException {
		long size = 0;
		try (InputStream in = exchange.getRequestBody()) {
			byte[] buffer = new byte[8192];
			for (int n; (n = in.read(buffer)) > 0;) {
				size += n;
			}
		}
		Map<String, List<String>> headers = new TreeMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
		Received received = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestURI().getRawQuery(), headers, size);
		this.lastByPath.put(received.path(), received);
		if (received.path().endsWith("/busy")) {
			// a service asking to be left alone for a while
			exchange.getResponseHeaders().add("Retry-After", "30");
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
			return;
		}
		if (received.path().endsWith("/moved")) {
			exchange.getResponseHeaders().add("Location", "/api/v1/validation");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
			return;
		}
		byte[] body = JSON.writeValueAsString(received).getBytes(StandardCharsets.UTF_8);
		if (received.path().endsWith("/large")) {
			// as large as a finished design of many candidates, in miniature
			body = JSON.writeValueAsString(java.util.Collections.nCopies(2000, received.path()))
				.getBytes(StandardCharsets.UTF_8);
		}
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		// like the real services (CorrelationIdFilter): the correlation id goes back with the answer
		String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
		if (correlationId != null) {
			exchange.getResponseHeaders().add("X-Correlation-Id", correlationId);
		}
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
