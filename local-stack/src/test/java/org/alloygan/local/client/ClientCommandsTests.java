package org.alloygan.local.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.alloygan.local.AlloyGanCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client commands against a stand-in gateway: what they send (path, query, key, body), how they print
 * (tables, --json, the progress bar on stderr) and their exit codes.
 */
class ClientCommandsTests {

	static final String KEY = "agk_testKeyForTheClientCommands_0123456789abc";

	final FakeGateway gateway = new FakeGateway();

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	@AfterEach
	void stop() {
		this.gateway.close();
	}

	int run(String... args) {
		CommandLine cli = new CommandLine(new AlloyGanCommand());
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		for (String name : List.of("job", "import", "design", "upload")) {
			((ClientCommand) cli.getSubcommands().get(name).getCommand()).pollInterval = Duration.ofMillis(10);
		}
		String[] all = new String[args.length + 4];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(new String[] { "--url", this.gateway.url(), "--key", KEY }, 0, all, args.length, 4);
		return cli.execute(all);
	}

	@Test
	void jobsPrintsATableWithTheFiltersSentAsQuery() {
		this.gateway.on("GET /api/v1/jobs", (request) -> FakeGateway.Answer.json(200, """
				{"content":[{"id":"11111111-1111-1111-1111-111111111111","type":"IMPORT","state":"SUCCEEDED","progress":1.0,
				  "message":"2 accepted, 1 rejected","service":"descriptor-service","createdAt":"2026-11-25T10:00:00Z","extra":{"x":1}},
				 {"id":"22222222-2222-2222-2222-222222222222","type":"DESIGN","state":"RUNNING","progress":0.25,
				  "message":"sampling","service":"gan-service","createdAt":"2026-11-25T09:00:00Z"}],
				 "page":0,"size":20,"totalElements":2,"totalPages":1}"""));

		assertThat(run("jobs", "--state", "succeeded", "--type", "IMPORT", "--size", "5")).isZero();

		FakeGateway.Request request = this.gateway.last();
		assertThat(request.pathAndQuery()).isEqualTo("/api/v1/jobs?state=SUCCEEDED&type=IMPORT&page=0&size=5");
		assertThat(request.headers().getFirst("X-API-Key")).isEqualTo(KEY);
		List<String> lines = this.out.toString().lines().toList();
		assertThat(lines.get(0)).startsWith("ID").contains("TYPE").contains("STATE").contains("PROGRESS")
			.contains("CREATED_AT").contains("MESSAGE");
		assertThat(lines.get(1)).contains("11111111-1111-1111-1111-111111111111").contains("IMPORT").contains("SUCCEEDED")
			.contains("2 accepted, 1 rejected");
		assertThat(lines.get(2)).contains("0.25").contains("gan-service");
		assertThat(lines).last().isEqualTo("2 shown of 2, page 1 of 1");
	}

	@Test
	void jsonPrintsWhatTheApiAnswered() throws Exception {
		String body = "{\"content\":[{\"id\":\"a\",\"state\":\"QUEUED\"}],\"page\":0,\"size\":20,\"totalElements\":1,\"totalPages\":1}";
		this.gateway.on("GET /api/v1/jobs", (request) -> FakeGateway.Answer.json(200, body));
		assertThat(run("jobs", "--json")).isZero();
		assertThat(GatewayClient.JSON.readTree(this.out.toString())).isEqualTo(GatewayClient.JSON.readTree(body));
	}

	@Test
	void waitingOnAJobPollsWithETagsDrawsProgressAndEndsWithTheJob() {
		AtomicInteger polls = new AtomicInteger();
		this.gateway.on("GET /api/v1/jobs/j1", (request) -> {
			int n = polls.incrementAndGet();
			String etag = "\"j1-" + Math.min(n / 2, 2) + "\"";
			if (etag.equals(request.headers().getFirst("If-None-Match"))) {
				return new FakeGateway.Answer(304, null, "", Map.of("ETag", etag));
			}
			String state = switch (Math.min(n / 2, 2)) {
				case 0 -> "{\"id\":\"j1\",\"state\":\"QUEUED\",\"progress\":0,\"message\":\"queued\"}";
				case 1 -> "{\"id\":\"j1\",\"state\":\"RUNNING\",\"progress\":0.5,\"message\":\"halfway\"}";
				default -> "{\"id\":\"j1\",\"state\":\"SUCCEEDED\",\"progress\":1,\"message\":\"done\",\"resultLink\":\"/r\"}";
			};
			return new FakeGateway.Answer(200, "application/json", state, Map.of("ETag", etag));
		});

		assertThat(run("job", "j1", "--wait")).isZero();

		assertThat(this.err.toString()).contains("[" + "-".repeat(30) + "]   0%  QUEUED    queued")
			.contains("[" + "#".repeat(15) + "-".repeat(15) + "]  50%  RUNNING   halfway")
			.contains("[" + "#".repeat(30) + "] 100%  SUCCEEDED done");
		assertThat(this.out.toString()).contains("state       SUCCEEDED").contains("resultLink  /r");
		assertThat(this.gateway.requests).anyMatch((request) -> request.headers().containsKey("If-None-Match"));
	}

	@Test
	void aFailedJobEndsWithExitCode4AndItsReason() {
		this.gateway.on("GET /api/v1/jobs/j2", (request) -> FakeGateway.Answer.json(200,
				"{\"id\":\"j2\",\"state\":\"FAILED\",\"progress\":0.3,\"message\":\"dataset version 7 has no rows\"}"));
		assertThat(run("job", "j2", "--wait")).isEqualTo(4);
		assertThat(this.err.toString()).contains("job j2 failed: dataset version 7 has no rows");
	}

	@Test
	void importUploadsTheFileWaitsAndPrintsTheReport(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("alloys.csv");
		Files.writeString(csv, "composition,Tg_K\nCu46Zr46Al8,705\n");
		this.gateway.on("POST /api/v1/datasets/imports", (request) -> FakeGateway.Answer.json(202,
				"{\"importId\":\"i1\",\"jobId\":\"i1\",\"job\":\"/api/v1/jobs/i1\"}"));
		this.gateway.on("GET /api/v1/jobs/i1", (request) -> FakeGateway.Answer.json(200,
				"{\"id\":\"i1\",\"state\":\"SUCCEEDED\",\"progress\":1,\"resultLink\":\"/api/v1/datasets/imports/i1\"}"));
		this.gateway.on("GET /api/v1/datasets/imports/i1", (request) -> FakeGateway.Answer.json(200,
				"{\"id\":\"i1\",\"fileName\":\"alloys.csv\",\"acceptedRows\":1,\"rejectedRows\":0,\"versionId\":3}"));

		assertThat(run("import", csv.toString(), "--wait")).isZero();

		FakeGateway.Request upload = this.gateway.requests.get(0);
		assertThat(upload.headers().getFirst("Content-Type")).startsWith("multipart/form-data; boundary=");
		assertThat(upload.body()).contains("name=\"file\"; filename=\"alloys.csv\"").contains("Cu46Zr46Al8,705");
		assertThat(this.out.toString()).contains("acceptedRows  1").contains("versionId     3");
	}

	@Test
	void importWithoutWaitTellsHowToFollowTheJob(@TempDir Path dir) throws Exception {
		Path csv = Files.writeString(dir.resolve("a.csv"), "composition\nCu50Zr50\n");
		this.gateway.on("POST /api/v1/datasets/imports",
				(request) -> FakeGateway.Answer.json(202, "{\"importId\":\"i9\",\"jobId\":\"i9\"}"));
		assertThat(run("import", csv.toString())).isZero();
		assertThat(this.out.toString()).contains("follow it with: alloygan job i9 --wait");
	}

	@Test
	void designSendsTheTargetsAndPrintsCandidatesWithTheirPredictions() throws Exception {
		this.gateway.on("POST /api/v1/designs",
				(request) -> FakeGateway.Answer.json(202, "{\"designId\":\"d1\",\"jobId\":\"d1\"}"));
		this.gateway.on("GET /api/v1/jobs/d1", (request) -> FakeGateway.Answer.json(200,
				"{\"id\":\"d1\",\"state\":\"SUCCEEDED\",\"progress\":1,\"resultLink\":\"/api/v1/designs/d1\"}"));
		this.gateway.on("GET /api/v1/designs/d1", (request) -> FakeGateway.Answer.json(200, """
				{"id":"d1","generatorModelId":"m1","candidates":[
				 {"rank":1,"formula":"Zr55Cu30Al10Ni5","composition":{"Al":10.0,"Cu":30.0,"Ni":5.0,"Zr":55.0},
				  "predicted":{"Tg_K":{"value":701.234,"lower":690.0,"upper":712.5},"Tx_K":{"value":785.0}}}]}"""));

		assertThat(run("design", "--tg", "700", "--tl", "1100", "--count", "5", "--elements", "Zr,Cu,Al,Ni",
				"--max-components", "4", "--seed", "7", "--wait"))
			.isZero();

		JsonNode sent = GatewayClient.JSON.readTree(this.gateway.requests.get(0).body());
		assertThat(sent.get("targets").toString()).isEqualTo("{\"Tg_K\":700.0,\"Tl_K\":1100.0}");
		assertThat(sent.get("count").asInt()).isEqualTo(5);
		assertThat(sent.get("seed").asLong()).isEqualTo(7);
		// as DesignRequest names them: constraints the service would otherwise ignore
		assertThat(sent.get("constraints").toString())
			.isEqualTo("{\"allowedElements\":[\"Zr\",\"Cu\",\"Al\",\"Ni\"],\"maxComponents\":4}");
		String printed = this.out.toString();
		assertThat(printed).contains("generatorModelId  m1");
		assertThat(printed.lines().filter((line) -> line.startsWith("RANK")).findFirst()).hasValueSatisfying(
				(header) -> assertThat(header).contains("FORMULA").contains("TG_K").contains("TX_K"));
		assertThat(printed).contains("Zr55Cu30Al10Ni5").contains("701.2 [690, 712.5]").contains("785");
	}

	@Test
	void designWithWaitGetsTheFinishedDesignInTheAnswerWhenTheServiceGivesIt() {
		this.gateway.on("POST /api/v1/designs", (request) -> "wait=60".equals(request.headers().getFirst("Prefer"))
				? FakeGateway.Answer.json(201, """
						{"id":"d2","state":"SUCCEEDED","generatorModelId":"m1","candidates":[
						 {"rank":1,"formula":"Cu50Zr50","composition":{"Cu":50.0,"Zr":50.0}}]}""")
				: FakeGateway.Answer.json(400, "{\"detail\":\"expected Prefer: wait=60\"}"));

		assertThat(run("design", "--tg", "700", "--wait")).isZero();

		// one request: no job to follow
		assertThat(this.gateway.requests).hasSize(1);
		assertThat(this.out.toString()).contains("Cu50Zr50").contains("generatorModelId  m1");
	}

	@Test
	void designWithoutTargetsIsAUsageError() {
		assertThat(run("design", "--count", "3")).isEqualTo(2);
		assertThat(this.err.toString()).contains("give at least one target");
		assertThat(this.gateway.requests).isEmpty();
	}

	@Test
	void measureSendsOneMeasurement() throws Exception {
		this.gateway.on("POST /api/v1/measurements",
				(request) -> FakeGateway.Answer.json(201, "{\"id\":\"m1\",\"revision\":1}"));
		assertThat(run("measure", "--lab", "TUD-MG", "--sample", "S-1", "--composition", "Cu46Zr46Al8", "--tg", "705",
				"--measured-on", "2026-11-20")).isZero();
		JsonNode sent = GatewayClient.JSON.readTree(this.gateway.last().body());
		assertThat(sent.get("lab").asText()).isEqualTo("TUD-MG");
		assertThat(sent.get("tgK").asDouble()).isEqualTo(705.0);
		assertThat(sent.get("method").asText()).isEqualTo("DSC");
		assertThat(sent.get("measuredOn").asText()).isEqualTo("2026-11-20");
		assertThat(sent.has("txK")).isFalse();
		assertThat(this.out.toString()).contains("revision  1");
	}

	@Test
	void uploadModelsAndPredictUseTheirEndpoints(@TempDir Path dir) throws Exception {
		Path csv = Files.writeString(dir.resolve("m.csv"), "lab,sampleId,composition,tgK\nL,S,Cu50Zr50,700\n");
		this.gateway.on("POST /api/v1/measurements/uploads",
				(request) -> FakeGateway.Answer.json(202, "{\"jobId\":\"u1\"}"));
		assertThat(run("upload", csv.toString())).isZero();
		assertThat(this.gateway.last().body()).contains("Cu50Zr50,700");

		this.gateway.on("GET /api/v1/models", (request) -> FakeGateway.Answer.json(200,
				"[{\"id\":\"m1\",\"kind\":\"CGAN\",\"active\":true,\"datasetVersionId\":3,\"metrics\":{\"mae\":1.5}}]"));
		assertThat(run("models")).isZero();
		assertThat(this.out.toString()).contains("KIND").contains("CGAN").contains("true");

		this.gateway.on("POST /api/v1/predictions", (request) -> FakeGateway.Answer.json(200,
				"{\"modelId\":\"s1\",\"results\":[{\"input\":\"Cu46Zr46Al8\",\"predicted\":{\"Tg_K\":{\"value\":705.4}},"
						+ "\"gfa\":{\"noGlass\":0.1,\"ribbon\":0.3,\"bmg\":0.6,\"glass\":0.9},\"gfaClass\":\"BMG\","
						+ "\"nearestKnown\":{\"formula\":\"Cu50Zr50\",\"distance\":22.5},"
						+ "\"warnings\":[\"22.5 at.% would have to change to reach the nearest alloy\"]}]}"));
		assertThat(run("predict", "Cu46Zr46Al8", "Pd40Ni40P20")).isZero();
		assertThat(GatewayClient.JSON.readTree(this.gateway.last().body()).get("compositions").size()).isEqualTo(2);
		assertThat(this.out.toString()).contains("modelId  s1").contains("INPUT").contains("705.4").contains("GLASS")
			.contains("BMG").contains("0.9").contains("DISTANCE").contains("22.5")
			.contains("warning: Cu46Zr46Al8: 22.5 at.% would have to change to reach the nearest alloy");
	}

	@Test
	void problemsArePrintedWithTheirDetailAndCorrelationId() {
		this.gateway.on("GET /api/v1/jobs/x", (request) -> FakeGateway.Answer.problem(401,
				"the API key is not valid (unknown or revoked)"));
		assertThat(run("job", "x")).isEqualTo(1);
		assertThat(this.err.toString()).contains("error: 401 Problem: the API key is not valid (unknown or revoked)")
			.contains("correlation id c-123")
			.contains("hint: check --key");
	}

	@Test
	void anUnreachableGatewayIsExitCode3() {
		CommandLine cli = new CommandLine(new AlloyGanCommand());
		cli.setErr(new PrintWriter(this.err, true));
		int port = org.alloygan.engines.FreePorts.next();
		assertThat(cli.execute("jobs", "--url", "http://127.0.0.1:" + port, "--key", KEY)).isEqualTo(3);
		assertThat(this.err.toString()).contains("cannot reach the gateway");
	}

}
