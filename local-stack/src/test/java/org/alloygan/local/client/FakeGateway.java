package org.alloygan.local.client;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in gateway on loopback (JDK HttpServer): answers are scripted per "METHOD /path", every request
 * is recorded with its headers and body.
 */
final class FakeGateway implements AutoCloseable {

	record Request(String method, String pathAndQuery, Headers headers, String body) {
	}

	record Answer(int status, String contentType, String body, Map<String, String> headers) {

		static Answer json(int status, String body) {
			return new Answer(status, "application/json", body, Map.of());
		}

		static Answer problem(int status, String detail) {
			return new Answer(status, "application/problem+json", "{\"type\":\"https://alloygan.org/problems/" + status
					+ "\",\"title\":\"Problem\",\"status\":" + status + ",\"detail\":\"" + detail
					+ "\",\"correlationId\":\"c-123\"}", Map.of());
		}

	}

	private final HttpServer server;

	private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();

	final List<Request> requests = new CopyOnWriteArrayList<>();

	FakeGateway() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 20);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String target = exchange.getRequestURI().getRawPath();
			Request request = new Request(exchange.getRequestMethod(),
					target + ((exchange.getRequestURI().getRawQuery() != null) ? "?" + exchange.getRequestURI().getRawQuery() : ""),
					exchange.getRequestHeaders(), body);
			this.requests.add(request);
			Function<Request, Answer> route = this.routes.get(exchange.getRequestMethod() + " " + target);
			Answer answer = (route != null) ? route.apply(request) : Answer.problem(404, "no route " + target);
			answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			if (answer.contentType() != null) {
				exchange.getResponseHeaders().add("Content-Type", answer.contentType());
			}
			exchange.sendResponseHeaders(answer.status(), (answer.status() == 304 || bytes.length == 0) ? -1 : bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				if (answer.status() != 304) {
					out.write(bytes);
				}
			}
		});
		this.server.start();
	}

	FakeGateway on(String methodAndPath, Function<Request, Answer> answer) {
		this.routes.put(methodAndPath, answer);
		return this;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	Request last() {
		return this.requests.get(this.requests.size() - 1);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
