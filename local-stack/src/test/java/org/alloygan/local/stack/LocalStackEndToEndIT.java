package org.alloygan.local.stack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.engines.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the whole local stack (real PostgreSQL, real Kafka, five service JVMs) and drives it only through
 * the gateway: a job created in one service shows up, with its states, at GET /api/v1/jobs/{id}.
 */
class LocalStackEndToEndIT {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	static Path data;

	static LocalStack stack;

	static String gateway;

	@BeforeAll
	static void start() {
		int firstServicePort = consecutiveFreePorts(4);
		LocalStack.Settings settings = new LocalStack.Settings(FreePorts.next(), firstServicePort, FreePorts.next(),
				consecutiveFreePorts(2), Duration.ofMinutes(5));
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		stack = LocalStack.start(new StackLayout(Path.of(System.getProperty("alloygan.home", "..")), data), settings,
				new PrintStream(log, true, StandardCharsets.UTF_8));
		gateway = stack.gatewayUrl();
		System.out.println(log.toString(StandardCharsets.UTF_8));
	}

	@AfterAll
	static void stop() {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void anImportJobIsFollowedThroughTheGatewayFromQueuedToSucceeded() throws Exception {
		String csv = "composition,Tg_K,Tx_K,Tl_K\nCu46Zr46Al8,705,780,1170\nZr41.2Ti13.8Cu12.5Ni10Be22.5,625,705,993\n"
				+ "Cu50Zr50,900,800,1200\n";
		HttpResponse<String> accepted = upload("/api/v1/datasets/imports", "e2e.csv", csv);
		assertThat(accepted.statusCode()).isEqualTo(202);
		String jobId = (String) JSON.readValue(accepted.body(), Map.class).get("jobId");

		List<String> statesSeen = new ArrayList<>();
		Map<?, ?> done = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> {
			HttpResponse<String> response = get("/api/v1/jobs/" + jobId);
			if (response.statusCode() != 200) {
				return null;
			}
			Map<?, ?> job = JSON.readValue(response.body(), Map.class);
			String state = (String) job.get("state");
			if (statesSeen.isEmpty() || !statesSeen.get(statesSeen.size() - 1).equals(state)) {
				statesSeen.add(state);
			}
			return job;
		}, (job) -> job != null && "SUCCEEDED".equals(job.get("state")));

		assertThat(statesSeen).last().isEqualTo("SUCCEEDED");
		assertThat(statesSeen).isSubsetOf("QUEUED", "RUNNING", "SUCCEEDED");
		assertThat(done.get("type")).isEqualTo("IMPORT");
		assertThat(done.get("service")).isEqualTo("descriptor-service");
		assertThat((String) done.get("message")).contains("2 accepted").contains("1 rejected");

		HttpResponse<String> report = get((String) done.get("resultLink"));
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(JSON.readValue(report.body(), Map.class).get("acceptedRows")).isEqualTo(2);

		Map<?, ?> page = JSON.readValue(get("/api/v1/jobs?type=IMPORT&state=SUCCEEDED").body(), Map.class);
		assertThat(page.get("content").toString()).contains(jobId);
	}

	@Test
	void everyServiceAnswersThroughTheGatewayAndErrorsAreProblems() throws Exception {
		HttpResponse<String> unknown = get("/api/v1/no-such-resource");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(get("/api/v1/jobs/not-a-uuid").statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/jobs/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/datasets/versions").statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> upload(String path, String fileName, String content) throws Exception {
		String boundary = "----alloygan" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The first of n consecutive free ports (services take first..first+3, Kafka its port + 1). */
	static int consecutiveFreePorts(int n) {
		for (int attempt = 0; attempt < 50; attempt++) {
			int first = FreePorts.next();
			boolean free = true;
			for (int i = 1; i < n && free; i++) {
				try (java.net.ServerSocket socket = new java.net.ServerSocket(first + i)) {
					socket.setReuseAddress(true);
				}
				catch (java.io.IOException ex) {
					free = false;
				}
			}
			if (free && first + n < 65535) {
				return first;
			}
		}
		throw new IllegalStateException("no " + n + " consecutive free ports");
	}

}
