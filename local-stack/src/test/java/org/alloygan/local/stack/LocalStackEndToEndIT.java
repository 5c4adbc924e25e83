package org.alloygan.local.stack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * the gateway, as a user would: the admin key the gateway wrote at its first start creates a curator and
 * a viewer key; a job created in one service shows up, with its states, at GET /api/v1/jobs/{id}; the
 * ./alloygan client commands work against it.
 */
class LocalStackEndToEndIT {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	static Path data;

	static LocalStack stack;

	static String gateway;

	static String adminKey;

	static String curatorKey;

	static String viewerKey;

	@BeforeAll
	static void start() throws Exception {
		int firstServicePort = FreePorts.consecutive(4);
		LocalStack.Settings settings = new LocalStack.Settings(FreePorts.next(), firstServicePort, FreePorts.next(),
				FreePorts.consecutive(2), Duration.ofMinutes(5));
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		stack = LocalStack.start(new StackLayout(Path.of(System.getProperty("alloygan.home", "..")), data), settings,
				new PrintStream(log, true, StandardCharsets.UTF_8));
		gateway = stack.gatewayUrl();
		System.out.println(log.toString(StandardCharsets.UTF_8));
		Path keyFile = data.resolve("admin-api-key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		adminKey = Files.readString(keyFile).trim();
		curatorKey = createKey("e2e curator", "curator");
		viewerKey = createKey("e2e dashboard", "viewer");
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
		assertThat(upload("/api/v1/datasets/imports", "e2e.csv", csv, viewerKey).statusCode())
			.as("a viewer may not import").isEqualTo(403);
		HttpResponse<String> accepted = upload("/api/v1/datasets/imports", "e2e.csv", csv, curatorKey);
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

		HttpResponse<String> events = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/jobs/" + jobId + "/events"))
			.header("X-API-Key", viewerKey)
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(events.statusCode()).isEqualTo(200);
		assertThat(events.body()).contains("event:job").contains("\"state\":\"SUCCEEDED\"");
	}

	@Test
	void credentialsAreCheckedAndARevokedKeyStopsAtOnce() throws Exception {
		HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/jobs")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		String temporary = createKey("e2e temporary", "viewer");
		assertThat(get("/api/v1/jobs", temporary).statusCode()).isEqualTo(200);
		Map<?, ?> keys = Map.of();
		for (Object key : JSON.readValue(get("/api/v1/admin/api-keys", adminKey).body(), List.class)) {
			if ("e2e temporary".equals(((Map<?, ?>) key).get("name"))) {
				keys = (Map<?, ?>) key;
			}
		}
		HttpResponse<String> revoked = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/admin/api-keys/"
				+ keys.get("id"))).header("X-API-Key", adminKey).DELETE().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/jobs", temporary).statusCode()).isEqualTo(401);

		assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/v3/api-docs")).build(),
				HttpResponse.BodyHandlers.ofString()).body()).contains("/api/v1/designs").contains("/api/v1/jobs/{id}/events");
	}

	@Test
	void onlyTheGatewayListensBeyondLoopback() throws Exception {
		java.net.InetAddress external = nonLoopbackAddress();
		org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "this machine has no non-loopback address");
		int gatewayPort = URI.create(gateway).getPort();
		assertThat(connects(external, gatewayPort)).as("gateway on " + external).isTrue();
		for (StackFile.Component component : StackFile.read(data.resolve("stack.json")).orElseThrow().components()) {
			if (component.name().endsWith("-service")) {
				assertThat(connects(external, component.port())).as(component.name() + " on " + external).isFalse();
			}
		}
	}

	@Test
	void theClientCommandsWorkAgainstTheStack(@TempDir Path dir) throws Exception {
		Path csv = Files.writeString(dir.resolve("cli.csv"), "composition,Tg_K,Tx_K,Tl_K\nPd40Ni40P20,575,660,990\n");
		Cli imported = cli("import", csv.toString(), "--wait", "--key", curatorKey);
		assertThat(imported.exitCode()).as(imported.err()).isZero();
		assertThat(imported.out()).containsPattern("acceptedRows\\s+1\\b");
		assertThat(imported.err()).contains("SUCCEEDED");

		Cli jobs = cli("jobs", "--type", "IMPORT", "--key", viewerKey);
		assertThat(jobs.exitCode()).as(jobs.err()).isZero();
		assertThat(jobs.out()).startsWith("ID").contains("IMPORT").contains("SUCCEEDED").contains("descriptor-service");

		Cli json = cli("jobs", "--json", "--data-dir", data.toString());
		assertThat(json.exitCode()).as("the admin key is taken from the data folder: " + json.err()).isZero();
		String firstJob = (String) ((Map<?, ?>) ((List<?>) JSON.readValue(json.out(), Map.class).get("content")).get(0))
			.get("id");
		Cli job = cli("job", firstJob, "--key", viewerKey);
		assertThat(job.exitCode()).isZero();
		assertThat(job.out()).contains("state").contains(firstJob);

		Cli denied = cli("import", csv.toString(), "--key", viewerKey);
		assertThat(denied.exitCode()).isEqualTo(1);
		assertThat(denied.err()).contains("403").contains("needs the curator role");
	}

	record Cli(int exitCode, String out, String err) {
	}

	static Cli cli(String... args) {
		java.io.StringWriter out = new java.io.StringWriter();
		java.io.StringWriter err = new java.io.StringWriter();
		picocli.CommandLine commandLine = new picocli.CommandLine(new org.alloygan.local.AlloyGanCommand());
		commandLine.setOut(new java.io.PrintWriter(out, true));
		commandLine.setErr(new java.io.PrintWriter(err, true));
		String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--url", gateway))
			.toArray(String[]::new);
		int code = commandLine.execute(all);
		return new Cli(code, out.toString(), err.toString());
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
		return get(path, viewerKey);
	}

	private static HttpResponse<String> get(String path, String key) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("X-API-Key", key).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Creates a key through the admin API with the bootstrap admin key, the way an operator would. */
	private static String createKey(String name, String role) throws Exception {
		HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/admin/api-keys"))
			.header("X-API-Key", adminKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name, "roles", List.of(role)))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return (String) JSON.readValue(created.body(), Map.class).get("key");
	}

	private static java.net.InetAddress nonLoopbackAddress() throws Exception {
		for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
			if (!nic.isUp() || nic.isLoopback()) {
				continue;
			}
			for (java.net.InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
				if (address instanceof java.net.Inet4Address) {
					return address;
				}
			}
		}
		return null;
	}

	private static boolean connects(java.net.InetAddress address, int port) {
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.connect(new java.net.InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	private static HttpResponse<String> upload(String path, String fileName, String content, String key)
			throws Exception {
		String boundary = "----alloygan" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
			.header("X-API-Key", key)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}


}
