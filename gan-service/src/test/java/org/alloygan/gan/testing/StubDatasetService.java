package org.alloygan.gan.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.alloygan.gan.cgan.TrainingRow;

/**
 * Answers the descriptor-service calls gan-service makes, {@code GET /api/v1/datasets/versions} (newest first),
 * {@code GET /api/v1/datasets/versions/{id}} and {@code GET /api/v1/datasets/versions/{id}/rows}, with the rows a test
 * prepared (404 for a version it has none of).
 */
public final class StubDatasetService implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	/** @param rowsByVersion the JSON rows of each dataset version */
	public StubDatasetService(Map<Long, byte[]> rowsByVersion) {
		byte[] versions = rowsByVersion.keySet()
			.stream()
			.sorted(Comparator.reverseOrder())
			.map((id) -> "{\"id\": " + id + "}")
			.collect(Collectors.joining(", ", "[", "]"))
			.getBytes(StandardCharsets.UTF_8);
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/api/v1/datasets/versions", (exchange) -> {
			String[] path = exchange.getRequestURI().getPath().split("/");
			Long version = (path.length > 5) ? Long.parseLong(path[5]) : null;
			byte[] body = (version == null) ? versions
					: !rowsByVersion.containsKey(version) ? "{\"detail\": \"no such version\"}".getBytes(StandardCharsets.UTF_8)
							: (path.length > 6) ? rowsByVersion.get(version)
									: ("{\"id\": " + version + "}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders((version != null && !rowsByVersion.containsKey(version)) ? 404 : 200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	/** A dataset row (as descriptor-service serves it) of an alloy with measured temperatures. */
	public static Map<String, Object> thermalRow(TrainingRow row) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("canonicalKey", String.valueOf(row.atomicPercent()));
		r.put("family", row.family());
		try {
			r.put("composition", JSON.writeValueAsString(row.atomicPercent()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		r.put("tgK", row.tgK());
		r.put("txK", row.txK());
		r.put("tlK", row.tlK());
		return r;
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
