package org.alloygan.mining;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.events.AlloyRecordExtracted;
import org.alloygan.core.events.JobEvent;
import org.alloygan.core.events.Topics;
import org.alloygan.extraction.llm.StubChatServer;
import org.alloygan.support.job.JobHeartbeats;
import org.alloygan.testsupport.AbandonedJobs;
import org.alloygan.testsupport.RealInfrastructure;
import org.alloygan.testsupport.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * mining-service end to end on real PostgreSQL and Kafka: documents in, jobs, records out on the topic; the
 * LLM extractor against a local chat-completions server.
 */
@ServiceIntegrationTest
class MiningIntegrationTests {

	/** Per passage marker, how the stub model behaves; attempts are counted per marker. */
	private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

	private static final StubChatServer LLM = new StubChatServer((request) -> answer(request.body()));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("alloygan.mining.llm.base-url", () -> LLM.baseUrl().toString());
		registry.add("alloygan.mining.llm.model", () -> "stub-model");
		registry.add("alloygan.mining.llm.timeout", () -> "1s");
		registry.add("alloygan.mining.llm.retries", () -> "2");
		registry.add("alloygan.mining.llm.initial-backoff", () -> "50ms");
		registry.add("alloygan.mining.max-document-size", () -> "1MB");
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobHeartbeats heartbeats;

	@Test
	void storesTextPdfAndJsonDocumentsAndRecognisesTheSameBytes() throws IOException {
		String text = "The Cu50Zr50 glass (" + UUID.randomUUID() + ") has a Tg of 670 K.\n\nA second paragraph.";
		ResponseEntity<Map> first = upload("paper.txt", text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(first.getBody().get("passages")).isEqualTo(2);
		assertThat(first.getBody().get("duplicate")).isEqualTo(false);
		ResponseEntity<Map> again = upload("renamed.txt", text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody().get("duplicate")).isEqualTo(true);
		assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));

		ResponseEntity<Map> fromJson = this.http.postForEntity("/api/v1/documents",
				Map.of("text", "Mg65Cu25Gd10 rods " + UUID.randomUUID(), "title", "Mg glasses", "doi",
						"https://doi.org/10.1016/j.actamat.2005.01.001", "year", 2005),
				Map.class);
		assertThat(fromJson.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(fromJson.getBody().get("doi")).isEqualTo("10.1016/j.actamat.2005.01.001");
		assertThat(fromJson.getBody().get("year")).isEqualTo(2005);
		assertThat(fromJson.getBody().get("mediaType")).isEqualTo("text/plain");

		byte[] pdf = pdf(List.of(List.of("Results " + UUID.randomUUID()),
				List.of("Table 1 DSC data at 20 K/min.", "Alloy Tg (K) Tx (K) Tl (K)", "Cu46Zr46Al8 701 780 1163")));
		ResponseEntity<Map> fromPdf = upload("paper.pdf", pdf, MediaType.APPLICATION_PDF);
		assertThat(fromPdf.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(fromPdf.getBody().get("pages")).isEqualTo(2);
		assertThat(fromPdf.getBody().get("mediaType")).isEqualTo("application/pdf");
		List<Map<String, Object>> passages = this.http
			.getForObject("/api/v1/documents/" + fromPdf.getBody().get("id") + "/passages", List.class);
		Map<String, Object> row = passages.get(passages.size() - 1);
		assertThat(row).containsEntry("kind", "TABLE_ROW")
			.containsEntry("page", 2)
			.containsEntry("text", "Cu46Zr46Al8 701 780 1163")
			.containsEntry("context", "Alloy Tg (K) Tx (K) Tl (K)");

		// listed newest first, a page at a time, for a curator to pick from
		Map<String, Object> newest = this.http.getForObject("/api/v1/documents?size=2", Map.class);
		List<Map<String, Object>> page = (List<Map<String, Object>>) newest.get("content");
		assertThat(page).extracting((d) -> d.get("id"))
			.containsExactly(fromPdf.getBody().get("id"), fromJson.getBody().get("id"));
		assertThat(((Number) newest.get("totalElements")).longValue()).isGreaterThanOrEqualTo(3);
		assertThat(this.http.getForEntity("/api/v1/documents?size=0", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void refusesDocumentsThatAreTooLargeEmptyOrMislabelled() {
		byte[] big = new byte[1_200_000];
		Arrays.fill(big, (byte) 'a');
		ResponseEntity<Map> tooBig = upload("big.txt", big, MediaType.TEXT_PLAIN);
		assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(tooBig.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

		ResponseEntity<Map> bigJson = this.http.postForEntity("/api/v1/documents",
				Map.of("text", "b".repeat(1_100_000)), Map.class);
		assertThat(bigJson.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat((String) bigJson.getBody().get("detail")).contains("the limit is 1048576 bytes");

		assertThat(this.http.postForEntity("/api/v1/documents", Map.of("text", " "), Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> badDoi = this.http.postForEntity("/api/v1/documents",
				Map.of("text", "x " + UUID.randomUUID(), "doi", "not-a-doi"), Map.class);
		assertThat(badDoi.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) badDoi.getBody().get("detail")).contains("is not a DOI");
		ResponseEntity<Map> fakePdf = upload("fake.pdf", "hello".getBytes(StandardCharsets.UTF_8),
				MediaType.APPLICATION_PDF);
		assertThat(fakePdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.http.getForEntity("/api/v1/documents/" + UUID.randomUUID(), Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRulesJobPublishesAcceptedRecordsKeepsRejectedOnesAndReportsProgress() throws Exception {
		String marker = UUID.randomUUID().toString();
		String text = "Sample " + marker + ".\n\nThe Zr41.2Ti13.8Cu12.5Ni10Be22.5 glass has Tg, Tx and Tl of 352, "
				+ "432 and 720 °C at a heating rate of 20 K/min.\n\n"
				+ "For Ni62Nb38 we report Tg = 950 K and Tx = 914 K.\n\n"
				+ "Samples were annealed at 700 K for 2 h in 2019.";
		UUID documentId = documentId(upload("zr.txt", text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN));
		try (KafkaConsumer<String, String> consumer = consumer(Topics.RECORDS_EXTRACTED, Topics.JOBS)) {
			UUID jobId = startJob(documentId, "rules");
			Map<?, ?> report = awaitFinished(jobId);
			assertThat(report.get("state")).isEqualTo("SUCCEEDED");
			assertThat(report.get("passagesTotal")).isEqualTo(4);
			assertThat(report.get("recordsAccepted")).isEqualTo(1);
			assertThat(report.get("recordsRejected")).isEqualTo(1);
			assertThat(report.get("model")).isEqualTo("alloygan-rules-1");

			List<Map<String, Object>> accepted = records(documentId, "ACCEPTED");
			assertThat(accepted).singleElement().satisfies((record) -> {
				assertThat(record.get("tgK")).isEqualTo(625.15);
				assertThat(record.get("tlK")).isEqualTo(993.15);
				assertThat(record.get("heatingRateKPerMin")).isEqualTo(20.0);
				assertThat(((Map<?, ?>) record.get("atomicPercent")).get("Zr")).isEqualTo(41.2);
				assertThat(record.get("passageStart")).isEqualTo(text.indexOf("The Zr41.2"));
				assertThat(record.get("extractor")).isEqualTo("rules");
			});
			assertThat(records(documentId, "REJECTED")).singleElement()
				.satisfies((record) -> assertThat((String) record.get("reason"))
					.contains("Tg (950 K) must be below Tx (914 K)"));

			UUID recordId = UUID.fromString((String) accepted.get(0).get("id"));
			List<AlloyRecordExtracted> published = new ArrayList<>();
			List<JobEvent> progress = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, String> message : consumer.poll(Duration.ofMillis(200))) {
					if (message.topic().equals(Topics.RECORDS_EXTRACTED)) {
						published.add(this.json.readValue(message.value(), AlloyRecordExtracted.class));
					}
					else {
						JobEvent event = this.json.readValue(message.value(), JobEvent.class);
						if (event.jobId().equals(jobId)) {
							progress.add(event);
						}
					}
				}
				return published.stream().anyMatch((e) -> e.recordId().equals(recordId))
						&& progress.stream().anyMatch((event) -> event.state().isTerminal());
			});
			AlloyRecordExtracted event = published.stream()
				.filter((e) -> e.documentId().equals(documentId))
				.reduce((a, b) -> b)
				.orElseThrow();
			assertThat(published.stream().filter((e) -> e.documentId().equals(documentId))).hasSize(1);
			assertThat(event.tgK()).isEqualTo(625.15);
			assertThat(event.compositionText()).isEqualTo("Zr41.2Ti13.8Cu12.5Ni10Be22.5");
			assertThat(event.evidence()).contains("352, 432 and 720 °C");
			// one RUNNING event per passage, after the one announcing the start
			assertThat(progress.stream().filter((e) -> e.state().name().equals("RUNNING"))).hasSize(5);
			assertThat(progress.get(progress.size() - 1).progress()).isEqualTo(1.0);

			Map<?, ?> rerun = awaitFinished(startJob(documentId, "rules"));
			assertThat(rerun.get("recordsAccepted")).isEqualTo(0);
			assertThat(rerun.get("recordsDuplicate")).isEqualTo(1);
		}
	}

	@Test
	void aJobWhoseInstanceStoppedIsContinuedWithThePassagesItHadNotFinished() throws Exception {
		String marker = UUID.randomUUID().toString();
		String text = "Sample " + marker + ".\n\nFor Cu46Zr54 we report Tg = 696 K and Tx = 746 K.\n\n"
				+ "For Cu50Zr50 we report Tg = 675 K and Tx = 725 K.\n\n"
				+ "For Cu64Zr36 we report Tg = 720 K and Tx = 770 K.";
		UUID documentId = documentId(upload("resumed.txt", text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN));
		// as an instance that stopped mid-job left it: the first two passages finished (counted), then no heartbeat
		UUID jobId = AbandonedJobs.insert(this.jdbc, "MINING", "2 of 4 passages read");
		this.jdbc.sql("""
				INSERT INTO mining_job (id, extractor, passages_total, passages_done, created_at)
				VALUES (?, 'rules', 4, 2, now() - interval '10 minutes')""")
			.param(jobId)
			.update();
		this.jdbc.sql("INSERT INTO mining_job_document (job_id, document_id, position) VALUES (?, ?, 0)")
			.params(jobId, documentId)
			.update();
		int marked = this.jdbc.sql("""
				INSERT INTO mining_job_passage (job_id, document_id, passage_idx)
				SELECT ?, document_id, idx FROM passage
				WHERE document_id = ? AND (text LIKE 'Sample %' OR text LIKE '%Cu46Zr54%')""")
			.params(jobId, documentId)
			.update();
		assertThat(marked).isEqualTo(2);

		this.heartbeats.beat();

		Map<?, ?> report = awaitFinished(jobId);
		assertThat(report.get("state")).isEqualTo("SUCCEEDED");
		assertThat(report.get("passagesTotal")).isEqualTo(4);
		assertThat(report.get("passagesDone")).isEqualTo(4);
		assertThat(report.get("recordsAccepted")).isEqualTo(2);
		// the finished passages were not read again (this test never filed the Cu46Zr54 record)
		assertThat(records(documentId, "ACCEPTED")).extracting((r) -> r.get("compositionText"))
			.containsExactlyInAnyOrder("Cu50Zr50", "Cu64Zr36");
	}

	@Test
	void anLlmJobGroundsRepairsRetriesAndKeepsFailures() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String text = String.join("\n\n", "GOOD-" + run + ": the Cu50Zr50 glass has Tg = 670 K.",
				"MALFORMED-ONCE-" + run + ": the Cu46Zr46Al8 glass has Tg = 701 K.",
				"MALFORMED-ALWAYS-" + run + ": the Pd40Cu30Ni10P20 glass has Tg = 575 K.",
				"HALLUCINATE-" + run + ": the Mg65Cu25Gd10 glass has Tg = 421 K.",
				"RATE-LIMITED-" + run + ": the La55Al25Cu20 glass has Tg = 456 K.",
				"SLOW-" + run + ": the Ni62Nb38 glass has Tg = 882 K.");
		UUID documentId = documentId(upload("llm.txt", text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN));
		Map<?, ?> report = awaitFinished(startJob(documentId, "llm"));
		assertThat(report.get("state")).isEqualTo("SUCCEEDED");
		assertThat(report.get("model")).isEqualTo("stub-model");
		assertThat(report.get("promptVersion")).isEqualTo("alloygan-extract-v1");
		assertThat(report.get("passagesFailed")).isEqualTo(1);
		assertThat(report.get("recordsAccepted")).isEqualTo(4);
		assertThat(report.get("recordsRejected")).isEqualTo(1);
		Map<?, ?> usage = (Map<?, ?>) report.get("usage");
		// good 1, repaired 2, failed after repair 2, hallucinated 1, 429 then reply 1, timeout then reply 1
		assertThat(usage.get("requests")).isEqualTo(8);
		assertThat(((Number) usage.get("totalTokens")).longValue()).isEqualTo(8 * 120); // the stub counts 100 + 20 per reply
		List<Map<String, Object>> failures = (List<Map<String, Object>>) report.get("failures");
		assertThat(failures).singleElement().satisfies((failure) -> {
			assertThat((String) failure.get("reason")).contains("malformed reply after one repair retry");
			assertThat((String) failure.get("rawReply")).contains("first reply:").contains("I think Tg is 575 K");
		});
		assertThat(records(documentId, "ACCEPTED")).extracting((record) -> record.get("compositionText"))
			.containsExactlyInAnyOrder("Cu50Zr50", "Cu46Zr46Al8", "La55Al25Cu20", "Ni62Nb38");
		assertThat(records(documentId, "ACCEPTED")).allSatisfy((record) -> {
			assertThat(record.get("model")).isEqualTo("stub-model");
			assertThat(record.get("promptVersion")).isEqualTo("alloygan-extract-v1");
			assertThat((String) record.get("rawReply")).contains("\"records\"");
		});
		assertThat(records(documentId, "REJECTED")).singleElement().satisfies((record) -> {
			assertThat(record.get("compositionText")).isEqualTo("Mg65Cu25Gd10");
			assertThat((String) record.get("reason")).contains("Tg 450 K is not in the passage");
		});
	}

	@Test
	void badJobRequestsAreProblems() {
		UUID documentId = documentId(this.http.postForEntity("/api/v1/documents",
				Map.of("text", "Cu50Zr50 " + UUID.randomUUID()), Map.class));
		ResponseEntity<Map> unknownExtractor = this.http.postForEntity("/api/v1/mining-jobs",
				Map.of("documentIds", List.of(documentId), "extractor", "magic"), Map.class);
		assertThat(unknownExtractor.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) unknownExtractor.getBody().get("detail")).contains("unknown extractor 'magic'");
		UUID missing = UUID.randomUUID();
		ResponseEntity<Map> unknownDocument = this.http.postForEntity("/api/v1/mining-jobs",
				Map.of("documentIds", List.of(missing)), Map.class);
		assertThat(unknownDocument.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) unknownDocument.getBody().get("detail")).contains(missing.toString());
		assertThat(this.http.postForEntity("/api/v1/mining-jobs", Map.of("documentIds", List.of()), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.http.getForEntity("/api/v1/mining-jobs/" + UUID.randomUUID(), Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.getForEntity("/api/v1/documents/" + documentId + "/records?status=maybe", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	/** The stub model: behaviour chosen by the marker the passage starts with. */
	private static StubChatServer.Answer answer(JsonNode request) {
		String user = request.path("messages").path(1).path("content").asText();
		boolean repair = request.path("messages").size() > 2;
		String scenario = user.replaceAll("(?s).*\\n([A-Z-]+)-[0-9a-f]{8}:.*", "$1");
		int attempt = ATTEMPTS.computeIfAbsent(user, (key) -> new AtomicInteger()).getAndIncrement();
		return switch (scenario) {
			case "GOOD" -> StubChatServer.Answer.reply(record("Cu50Zr50", 670));
			case "MALFORMED-ONCE" -> StubChatServer.Answer
				.reply(repair ? record("Cu46Zr46Al8", 701) : "{\"records\": [{\"composition\": \"Cu46Zr46Al8\", ");
			case "MALFORMED-ALWAYS" -> StubChatServer.Answer.reply("I think Tg is 575 K.");
			case "HALLUCINATE" -> StubChatServer.Answer.reply(record("Mg65Cu25Gd10", 450));
			case "RATE-LIMITED" -> (attempt == 0)
					? new StubChatServer.Answer(429, null, 0, Map.of("Retry-After", "0.1"))
					: StubChatServer.Answer.reply(record("La55Al25Cu20", 456));
			case "SLOW" -> new StubChatServer.Answer(200, record("Ni62Nb38", 882), (attempt == 0) ? 3000 : 0, Map.of());
			default -> StubChatServer.Answer.reply("{\"records\": []}");
		};
	}

	private static String record(String composition, double tg) {
		return "{\"records\": [{\"composition\": \"" + composition + "\", \"Tg\": {\"value\": " + tg
				+ ", \"unit\": \"K\"}, \"Tx\": null, \"Tl\": null, \"Dmax\": null, \"heating_rate\": null, "
				+ "\"confidence\": 0.9}]}";
	}

	private ResponseEntity<Map> upload(String name, byte[] content, MediaType type) {
		HttpHeaders partHeaders = new HttpHeaders();
		partHeaders.setContentType(type);
		LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, partHeaders));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.http.postForEntity("/api/v1/documents", new HttpEntity<>(body, headers), Map.class);
	}

	private static UUID documentId(ResponseEntity<Map> response) {
		assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
		return UUID.fromString((String) response.getBody().get("id"));
	}

	private UUID startJob(UUID documentId, String extractor) {
		ResponseEntity<Map> response = this.http.postForEntity("/api/v1/mining-jobs",
				Map.of("documentIds", List.of(documentId), "extractor", extractor), Map.class);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.ACCEPTED);
		return UUID.fromString((String) response.getBody().get("jobId"));
	}

	private Map<?, ?> awaitFinished(UUID jobId) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			String state = (String) this.http.getForObject("/api/v1/mining-jobs/" + jobId, Map.class).get("state");
			return state.equals("SUCCEEDED") || state.equals("FAILED");
		});
		return this.http.getForObject("/api/v1/mining-jobs/" + jobId, Map.class);
	}

	private List<Map<String, Object>> records(UUID documentId, String status) {
		return this.http.getForObject("/api/v1/documents/" + documentId + "/records?status=" + status, List.class);
	}

	private static KafkaConsumer<String, String> consumer(String... topics) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "mining-test-" + UUID.randomUUID());
		// from the start (events are filtered by document and job id), and a topic created later is seen soon
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		properties.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500);
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties);
		consumer.subscribe(List.of(topics));
		return consumer;
	}

	static byte[] pdf(List<List<String>> pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (List<String> lines : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
					content.setLeading(14);
					content.newLineAtOffset(50, 740);
					for (String line : lines) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
