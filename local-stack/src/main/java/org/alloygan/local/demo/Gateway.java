package org.alloygan.local.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo's calls to the gateway: JSON in and out, multipart uploads, and waiting on jobs. */
final class Gateway {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String apiKey;

	Gateway(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	JsonNode get(String path) {
		return send(request(path).GET().build(), 200);
	}

	/** POSTs JSON; any of the expected statuses is success. */
	JsonNode post(String path, Object body, int... expectedStatuses) {
		try {
			return send(request(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
				.build(), expectedStatuses);
		}
		catch (IOException ex) {
			throw new DemoException("cannot serialise the request to " + path, ex);
		}
	}

	JsonNode upload(String path, String fileName, byte[] content) {
		String boundary = "alloygan-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), 202);
	}

	/**
	 * Polls a job through the gateway's jobs read model, drawing a progress bar, until it ends.
	 * @return the finished job; a failed job throws with its reason
	 */
	JsonNode awaitJob(String jobId, String label, PrintStream out, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		JsonNode job = null;
		while (Instant.now().isBefore(deadline)) {
			HttpResponse<String> response = raw(request("/api/v1/jobs/" + jobId).GET().build());
			if (response.statusCode() == 200) {
				job = parse(response.body());
				progress(out, label, job.path("progress").asDouble(), job.path("message").asText(""));
				String state = job.path("state").asText();
				if (state.equals("SUCCEEDED")) {
					out.println();
					return job;
				}
				if (state.equals("FAILED")) {
					out.println();
					throw new DemoException(label + " failed: " + job.path("message").asText());
				}
			}
			sleep(500);
		}
		out.println();
		throw new DemoException(label + " did not finish within " + timeout + " (last: " + job + ")");
	}

	static void progress(PrintStream out, String label, double progress, String message) {
		int width = 24;
		int filled = (int) Math.round(Math.max(0, Math.min(1, progress)) * width);
		String text = message.length() > 60 ? message.substring(0, 57) + "..." : message;
		out.printf(Locale.ROOT, "\r    [%s%s] %3.0f%% %-60s", "#".repeat(filled), ".".repeat(width - filled),
				progress * 100, text);
		out.flush();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofMinutes(2))
			.header("Accept", "application/json");
		if (this.apiKey != null) {
			builder.header("X-API-Key", this.apiKey);
		}
		return builder;
	}

	private JsonNode send(HttpRequest request, int... expectedStatuses) {
		HttpResponse<String> response = raw(request);
		if (java.util.Arrays.stream(expectedStatuses).noneMatch((status) -> status == response.statusCode())) {
			throw new DemoException(request.method() + " " + request.uri().getPath() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return parse(response.body());
	}

	private HttpResponse<String> raw(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new DemoException("the gateway at " + this.baseUrl + " did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoException("interrupted", ex);
		}
	}

	private static JsonNode parse(String body) {
		try {
			return (body == null || body.isBlank()) ? JSON.nullNode() : JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new DemoException("the gateway answered something that is not JSON: " + body, ex);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoException("interrupted", ex);
		}
	}

}
