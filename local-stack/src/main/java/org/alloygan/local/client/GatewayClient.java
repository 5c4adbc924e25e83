package org.alloygan.local.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The gateway's API over the JDK HttpClient: JSON in, JSON out, problems turned into readable errors. */
public final class GatewayClient {

	static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	/** @param etag null unless the server sent one */
	public record Response(int status, JsonNode body, String raw, String etag) {
	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String key;

	public GatewayClient(String baseUrl, String key) {
		this.baseUrl = baseUrl;
		this.key = key;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public Response get(String path) {
		return send(request(path).GET().build(), false);
	}

	/** A GET that may answer 304 (status 304, no body) while the resource still has this ETag. */
	Response getIfNoneMatch(String path, String etag) {
		HttpRequest.Builder builder = request(path).GET();
		if (etag != null) {
			builder.header("If-None-Match", etag);
		}
		return send(builder.build(), true);
	}

	/** Like {@link #get} but answers a 404 as null instead of failing. */
	public Response getOrNull(String path) {
		Response response = send(request(path).GET().build(), true);
		if (response.status() == 404) {
			return null;
		}
		failUnlessSuccessful(response);
		return response;
	}

	/** POSTs {@code body} as JSON, with extra headers given as name, value, name, value, ... */
	public Response postJson(String path, Object body, String... headers) {
		try {
			HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
			for (int i = 0; i + 1 < headers.length; i += 2) {
				request.header(headers[i], headers[i + 1]);
			}
			return send(request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
					false);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalArgumentException("cannot write the request as JSON", ex);
		}
	}

	/** Uploads a file as the multipart field {@code file}, the way the import and upload endpoints take it. */
	Response postFile(String path, Path file, String contentType) {
		if (!Files.isReadable(file)) {
			throw new ClientException("cannot read " + file, ClientException.USAGE);
		}
		try {
			return postFile(path, file.getFileName().toString(), Files.readAllBytes(file), contentType);
		}
		catch (IOException ex) {
			throw new ClientException("cannot read " + file + ": " + ex.getMessage(), ClientException.USAGE);
		}
	}

	/** Uploads content as the multipart field {@code file} under the given file name. */
	public Response postFile(String path, String fileName, byte[] content, String contentType) {
		String boundary = "----alloygan" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ fileName.replace("\"", "") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		parts.add(content);
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build(), false);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofMinutes(2))
			.header("Accept", "application/json, application/problem+json");
		return (this.key != null) ? builder.header("X-API-Key", this.key) : builder;
	}

	private Response send(HttpRequest request, boolean tolerant) {
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			throw new ClientException("cannot reach the gateway at " + this.baseUrl
					+ " (is it running? ./alloygan up, or pass --url)", ClientException.UNREACHABLE);
		}
		catch (IOException ex) {
			throw new ClientException("talking to " + this.baseUrl + " failed: " + ex.getMessage(),
					ClientException.UNREACHABLE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ClientException("interrupted", ClientException.UNREACHABLE);
		}
		Response result = new Response(response.statusCode(), parse(response.body()), response.body(),
				response.headers().firstValue("ETag").orElse(null));
		if (!tolerant) {
			failUnlessSuccessful(result);
		}
		return result;
	}

	private static void failUnlessSuccessful(Response response) {
		int status = response.status();
		if (status < 400) {
			return;
		}
		JsonNode problem = response.body();
		StringBuilder message = new StringBuilder().append(status);
		if (problem != null && problem.hasNonNull("title")) {
			message.append(' ').append(problem.get("title").asText());
		}
		if (problem != null && problem.hasNonNull("detail")) {
			message.append(": ").append(problem.get("detail").asText());
		}
		else if (!response.raw().isBlank() && problem == null) {
			message.append(": ").append(response.raw().strip());
		}
		if (problem != null && problem.hasNonNull("correlationId")) {
			message.append(" (correlation id ").append(problem.get("correlationId").asText()).append(')');
		}
		if (status == 401) {
			message.append("\nhint: check --key / $ALLOYGAN_API_KEY");
		}
		throw new ClientException(message.toString(), ClientException.API_ERROR);
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			return null;
		}
	}

	static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				map.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return map;
	}

}
