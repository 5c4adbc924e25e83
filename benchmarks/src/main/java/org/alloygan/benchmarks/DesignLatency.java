package org.alloygan.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Latency of {@code POST /api/v1/designs} through the gateway, as a lab's software sees it: from sending the request
 * until the finished design with its candidates has been received (the latency; the time this client then takes to
 * parse the 0.7 MB body is printed beside it). {@code --mode wait} (default) sends the POST with
 * {@code Prefer: wait=60} and gets the finished design in its 201 response; {@code --mode poll} takes the 202 and
 * polls {@code GET /api/v1/designs/{id}} every {@value #POLL_MS} ms while the job runs (the polling itself loads the
 * gateway, the service and PostgreSQL, on a small machine enough to slow the design down).
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.DesignLatency [--gateway URL]
 * [--data-dir DIR] [--count 1000] [--requests 30] [--warmup 10] [--targets Tg_K=700,Tx_K=770,Tl_K=1120]
 * [--mode wait|poll]}
 *
 * <p>
 * Needs a running local stack with an active CGAN (and surrogate, for screening), e.g. after {@code ./alloygan demo}.
 * Creates a designer key with a rate limit the polling never reaches (revoked at the end) from the admin key in
 * {@code DIR/admin-api-key}. Prints per-request times, then p50/p90/max and the server's own stage times from each
 * design's summary.
 */
public final class DesignLatency {

	static final int POLL_MS = 2;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = new ObjectMapper();

	private final String gateway;

	private final boolean poll;

	private String key;

	/** When the last response had been received in full (System.nanoTime), before its body was parsed. */
	private long received;

	private DesignLatency(String gateway, boolean poll) {
		this.gateway = gateway;
		this.poll = poll;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("--gateway", "http://localhost:8080", "--data-dir",
				".alloygan", "--count", "1000", "--requests", "30", "--warmup", "10", "--targets",
				"Tg_K=700,Tx_K=770,Tl_K=1120", "--mode", "wait"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!options.containsKey(args[i])) {
				throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + options.keySet());
			}
			options.put(args[i], args[i + 1]);
		}
		Map<String, Object> targets = new LinkedHashMap<>();
		for (String pair : options.get("--targets").split(",")) {
			String[] kv = pair.split("=");
			targets.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
		}
		String mode = options.get("--mode");
		if (!mode.equals("wait") && !mode.equals("poll")) {
			throw new IllegalArgumentException("--mode is wait or poll, not " + mode);
		}
		DesignLatency benchmark = new DesignLatency(options.get("--gateway"), mode.equals("poll"));
		String admin = Files.readString(Path.of(options.get("--data-dir"), "admin-api-key")).trim();
		benchmark.run(admin, targets, Integer.parseInt(options.get("--count")),
				Integer.parseInt(options.get("--requests")), Integer.parseInt(options.get("--warmup")));
	}

	private void run(String admin, Map<String, Object> targets, int count, int requests, int warmup) throws Exception {
		JsonNode created = send("POST", "/api/v1/admin/api-keys", admin,
				Map.of("name", "design-latency-benchmark", "roles", List.of("designer", "viewer"), "rateLimitPerMinute", 1_000_000_000),
				201);
		this.key = created.path("key").asText();
		String keyId = created.path("id").asText();
		try {
			JsonNode models = send("GET", "/api/v1/models?kind=CGAN", this.key, null, 200);
			boolean active = false;
			for (JsonNode m : models) {
				active |= m.path("active").asBoolean();
			}
			if (!active) {
				throw new IllegalStateException("no active CGAN: run ./alloygan demo (or train one) first");
			}
			System.out.printf(Locale.ROOT, "POST /api/v1/designs, count %d, targets %s, %d warm-up + %d measured, "
					+ "through %s, %s%n", count, targets, warmup, requests, this.gateway,
					this.poll ? "202 then GET polled every " + POLL_MS + " ms" : "Prefer: wait=60 (201 with the design)");
			List<Double> totals = new ArrayList<>();
			List<Double> responses = new ArrayList<>();
			List<Double> accepts = new ArrayList<>();
			Map<String, List<Double>> stages = new LinkedHashMap<>();
			for (int i = 0; i < warmup + requests; i++) {
				long begin = System.nanoTime();
				double[] acceptedMs = new double[1];
				JsonNode design = design(targets, count, 1000L + i, begin, acceptedMs);
				double ms = (System.nanoTime() - begin) / 1e6;
				double responseMs = (this.received - begin) / 1e6;
				JsonNode summary = design.path("summary");
				boolean measured = i >= warmup;
				System.out.printf(Locale.ROOT, "%s %2d  %7.1f ms received, %7.1f ms parsed (first answer after %5.1f ms)  "
						+ "state %s  kept %s of %s  server %s%n",
						measured ? "run   " : "warmup", measured ? i - warmup + 1 : i + 1, responseMs, ms, acceptedMs[0],
						design.path("state").asText(),
						summary.path("kept").asText("?"), summary.path("requested").asText("?"), summary.path("timingsMs"));
				if (measured) {
					totals.add(ms);
					responses.add(responseMs);
					accepts.add(acceptedMs[0]);
					summary.path("timingsMs").fields().forEachRemaining(
							(e) -> stages.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue().asDouble()));
				}
			}
			System.out.printf(Locale.ROOT, "%nlatency (POST sent until the finished design's last byte is received): "
					+ "p50 %.1f ms, p90 %.1f ms, max %.1f ms (n = %d)%n", percentile(responses, 50),
					percentile(responses, 90), percentile(responses, 100), responses.size());
			System.out.printf(Locale.ROOT, "with this client parsing it (Jackson tree): p50 %.1f ms, p90 %.1f ms, "
					+ "max %.1f ms%n", percentile(totals, 50), percentile(totals, 90), percentile(totals, 100));
			if (this.poll) {
				System.out.printf(Locale.ROOT, "202 Accepted (the POST alone): p50 %.1f ms, p90 %.1f ms%n",
						percentile(accepts, 50), percentile(accepts, 90));
			}
			stages.forEach((stage, values) -> System.out.printf(Locale.ROOT, "  server stage %-10s p50 %.1f ms%n", stage,
					percentile(values, 50)));
		}
		finally {
			send("DELETE", "/api/v1/admin/api-keys/" + keyId, admin, null, 200);
		}
	}

	private JsonNode design(Map<String, Object> targets, int count, long seed, long begin, double[] acceptedMs)
			throws Exception {
		Map<String, Object> request = Map.of("targets", targets, "count", count, "seed", seed);
		if (!this.poll) {
			JsonNode design = send("POST", "/api/v1/designs", this.key, request, 201, "Prefer", "wait=60");
			acceptedMs[0] = (System.nanoTime() - begin) / 1e6;
			return design;
		}
		JsonNode accepted = send("POST", "/api/v1/designs", this.key, request, 202);
		acceptedMs[0] = (System.nanoTime() - begin) / 1e6;
		String path = accepted.path("design").asText("/api/v1/designs/" + accepted.path("jobId").asText());
		while (true) {
			JsonNode design = send("GET", path, this.key, null, 200);
			String state = design.path("state").asText();
			if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
				return design;
			}
			Thread.sleep(POLL_MS);
		}
	}

	private JsonNode send(String method, String path, String apiKey, Object body, int expected, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gateway + path))
			.timeout(Duration.ofSeconds(90))
			.header("X-API-Key", apiKey)
			.header("Accept", "application/json");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		this.received = System.nanoTime();
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": "
					+ new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
		}
		return (response.body().length == 0) ? this.json.createObjectNode() : this.json.readTree(response.body());
	}

	static double percentile(List<Double> values, double p) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
