package org.alloygan.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.events.MeasurementRecorded;
import org.alloygan.core.events.Topics;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobHeartbeats;
import org.alloygan.support.job.Jobs;
import org.alloygan.testsupport.AbandonedJobs;
import org.alloygan.testsupport.OpenApiDocument;
import org.alloygan.testsupport.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Measurements in by JSON and by CSV upload: checks, revisions, idempotency, events out. */
@ServiceIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class MeasurementIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	Jobs jobs;

	@Autowired
	JobHeartbeats heartbeats;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Test
	void submitsOneMeasurementAsJsonAndKeepsItInKelvin() {
		String lab = lab();
		ResponseEntity<Map> response = submit(item("lab", lab, "sampleId", "S-1", "composition",
				"Zr41.2Ti13.8Cu12.5Ni10Be22.5", "Tg", 625, "Tx", 705, "Tl", 993, "unit", "K", "method", "dsc",
				"heatingRateKPerMin", 20, "operator", "A. Lab", "measuredOn", "2026-11-20", "notes", "as cast"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("count", 1).containsEntry("accepted", 1);
		Map<String, Object> result = results(response).get(0);
		assertThat(result).containsEntry("status", "ACCEPTED").containsEntry("revision", 1).containsEntry("lab", lab);

		Map<String, Object> history = this.http.getForObject((String) result.get("link"), Map.class);
		assertThat(history).containsEntry("sampleId", "S-1").containsEntry("latestRevision", 1);
		Map<String, Object> revision = revisions(history).get(0);
		assertThat(revision).containsEntry("tgK", 625.0)
			.containsEntry("txK", 705.0)
			.containsEntry("tlK", 993.0)
			.containsEntry("declaredUnit", "K")
			.containsEntry("method", "DSC")
			.containsEntry("measuredOn", "2026-11-20")
			.containsEntry("compositionSource", "GIVEN")
			.containsEntry("source", "api");
		assertThat((Map<String, Object>) revision.get("composition")).containsEntry("Be", 22.5);
	}

	@Test
	void submitsManyWithAResultPerItem() {
		String lab = lab();
		List<Object> items = List.of(
				item("lab", lab, "sampleId", "M-1", "composition", "Cu50Zr50", "Tg_C", 396.85, "Tx_C", 446.85,
						"Tl_C", 946.85),
				item("lab", lab, "sampleId", "M-2", "composition", Map.of("Pd", 40, "Ni", 40, "P", 20), "Tg_K", 576,
						"Tx_K", 678, "Tl_K", 991),
				item("lab", lab, "sampleId", "M-3", "composition", "Cu50Zr50", "Tg_K", 720, "Tx_K", 700, "Tl_K",
						1200),
				item("lab", lab, "sampleId", "M-4", "composition", "Cu50Zr50", "Tg", 670, "colour", "grey"),
				List.of(1, 2));
		ResponseEntity<Map> response = submit(items);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("count", 5)
			.containsEntry("accepted", 2)
			.containsEntry("rejected", 3);
		List<Map<String, Object>> results = results(response);
		assertThat(results).extracting((r) -> r.get("status"))
			.containsExactly("ACCEPTED", "ACCEPTED", "REJECTED", "REJECTED", "REJECTED");
		assertThat(results).extracting((r) -> r.get("index")).containsExactly(0, 1, 2, 3, 4);
		assertThat((List<String>) results.get(2).get("reasons")).containsExactly("Tg (720 K) must be below Tx (700 K)");
		assertThat((List<String>) results.get(3).get("reasons")).anySatisfy(
				(reason) -> assertThat(reason).startsWith("unknown field 'colour'"))
			.anySatisfy((reason) -> assertThat(reason).startsWith("Tg has no unit"));
		assertThat((List<String>) results.get(4).get("reasons")).containsExactly("an item must be a JSON object, not array");

		Map<String, Object> celsius = revisions(this.http.getForObject((String) results.get(0).get("link"), Map.class))
			.get(0);
		assertThat(celsius).containsEntry("tgK", 670.0).containsEntry("txK", 720.0).containsEntry("tlK", 1220.0)
			.containsEntry("declaredUnit", "°C");

		Map<String, Object> page = this.http.getForObject("/api/v1/measurements?lab=" + lab, Map.class);
		assertThat(page).containsEntry("totalElements", 2);
		assertThat((List<Map<String, Object>>) page.get("content")).extracting((m) -> m.get("sampleId"))
			.containsExactlyInAnyOrder("M-1", "M-2");
	}

	@Test
	void anIdenticalResubmissionChangesNothingAndACorrectionIsRevisionTwoAndASecondEvent() throws Exception {
		String lab = lab();
		Map<String, Object> first = item("lab", lab, "sampleId", "R-1", "composition", "Mg65Cu25Gd10", "Tg_K", 420,
				"Tx_K", 480, "Tl_K", 720, "method", "DSC", "heatingRateKPerMin", 20);
		Map<String, Object> accepted = results(submit(first)).get(0);
		assertThat(accepted).containsEntry("status", "ACCEPTED").containsEntry("revision", 1);
		String id = (String) accepted.get("measurementId");

		// The same values again, even written in °C, are the same measurement content.
		Map<String, Object> again = results(submit(item("lab", lab, "sampleId", "R-1", "composition", "Cu25Gd10Mg65",
				"Tg_C", 146.85, "Tx_C", 206.85, "Tl_C", 446.85, "method", "DSC", "heatingRateKPerMin", 20.0)))
			.get(0);
		assertThat(again).containsEntry("status", "DUPLICATE").containsEntry("revision", 1)
			.containsEntry("measurementId", id);

		Map<String, Object> correction = new java.util.HashMap<>(first);
		correction.put("Tg_K", 425);
		correction.put("notes", "Tg re-read from the DSC trace");
		Map<String, Object> corrected = results(submit(correction)).get(0);
		assertThat(corrected).containsEntry("status", "ACCEPTED").containsEntry("revision", 2)
			.containsEntry("measurementId", id);
		// Re-sending the original after the correction does not flip it back.
		Map<String, Object> stale = results(submit(first)).get(0);
		assertThat(stale).containsEntry("status", "DUPLICATE").containsEntry("revision", 1);
		assertThat((List<String>) stale.get("warnings")).singleElement().asString()
			.contains("identical to revision 1, but the latest is revision 2");

		Map<String, Object> history = this.http.getForObject("/api/v1/measurements/" + id, Map.class);
		assertThat(history).containsEntry("latestRevision", 2);
		assertThat(revisions(history)).extracting((r) -> r.get("revision")).containsExactly(1, 2);
		assertThat(revisions(history)).extracting((r) -> r.get("tgK")).containsExactly(420.0, 425.0);

		try (TopicReader reader = new TopicReader(this.kafka, Topics.MEASUREMENTS_RECORDED)) {
			List<ConsumerRecord<String, String>> records = reader
				.awaitRecords((seen) -> events(seen, id).stream().anyMatch((e) -> e.revision() == 2));
			// The outbox relays in commit order, so the duplicates, sent before revision 2, would be here by now.
			List<MeasurementRecorded> events = events(records, id);
			assertThat(events).extracting(MeasurementRecorded::revision).containsExactly(1, 2);
			assertThat(events).extracting(MeasurementRecorded::tgK).containsExactly(420.0, 425.0);
			MeasurementRecorded second = events.get(1);
			assertThat(second.lab()).isEqualTo(lab);
			assertThat(second.sampleId()).isEqualTo("R-1");
			assertThat(second.atomicPercent()).containsEntry("Mg", 65.0);
			assertThat(second.heatingRateKPerMin()).isEqualTo(20.0);
			assertThat(records.stream().filter((r) -> r.value().contains(id)).map(ConsumerRecord::key))
				.containsOnly(lab + "/R-1");
		}
	}

	@Test
	void aRequestWhoseEveryItemIsRejectedIsAProblemAndABadBodyIsABadRequest() {
		ResponseEntity<Map> rejected = submit(item("lab", lab(), "sampleId", "X-1", "composition", "Cu50Qq50",
				"Tg_K", 150, "Tx_K", 700, "Tl_K", 1200, "method", "XRD"));
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(rejected.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((String) rejected.getBody().get("detail")).startsWith("the measurement was rejected: composition:");
		List<String> reasons = (List<String>) results(rejected).get(0).get("reasons");
		assertThat(reasons).anySatisfy((reason) -> assertThat(reason).startsWith("composition:").contains("Qq"))
			.contains("Tg 150 K is outside 200-2000 K (a °C value declared as K? K = °C + 273.15)")
			.contains("method 'XRD' is neither DSC nor DTA");

		for (String body : List.of("{ not json", "[]", "42", "")) {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_JSON);
			ResponseEntity<Map> response = this.http.postForEntity("/api/v1/measurements",
					new HttpEntity<>(body, headers), Map.class);
			assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getHeaders().getContentType()).as(body).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(this.http.getForEntity("/api/v1/measurements/" + UUID.randomUUID(), Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCsvUploadKeepsTheGoodRowsAndRejectsTheBadOnesWithLineNumbersAndReasons() {
		String lab = lab();
		UUID unknownCandidate = UUID.randomUUID();
		List<String> lines = new ArrayList<>();
		lines.add("lab,sample_id,candidate_id,composition,Tg_K,Tx_K,Tl_K,method,heating_rate_K_min,operator,date,notes");
		for (int line = 2; line <= 56; line++) {
			lines.add(lab + ",S-" + line + ",,Cu50Zr50," + (600 + line) + "," + (700 + line) + "," + (1100 + line)
					+ ",DSC,20,op,2026-11-20,");
		}
		lines.add(lab + ",\"S-57,,Cu50Zr50,650,700,1100,DSC,20,op,2026-11-20,quote never closed");
		lines.add(lab + ",S-58,,Cu46Zr46Al8,705,780,1170,DSC,40,op,2026-11-21,after the bad line");
		lines.add(lab + ",S-59,,Mg65Cu25Y10,150,200,457,DSC,20,op,2026-11-21,°C values in K columns");
		lines.add(lab + ",S-60,,Zr55Cu30Al10Ni5,700,650,1100,DTA,20,op,2026-11-21,");
		lines.add(lab + ",S-61," + unknownCandidate + ",,650,700,1100,DSC,20,op,2026-11-21,");
		lines.add(lab + ",S-62,,Cu50Zr50,650,700");
		lines.add("");
		lines.add(lab + ",S-64,,Pd40Ni40P20,576,678,991,DSC,20,op,2026-11-22,\"remelted twice, then cast\"");
		lines.add(lab + ",S-2,,Cu50Zr50,603,702,1102,DSC,20,op,2026-11-20,corrected Tg");
		assertThat(lines.get(56)).as("line 57").contains("quote never closed");
		byte[] csv = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);

		Map<String, Object> report = uploadAndAwait(csv);
		assertThat(report).containsEntry("state", "SUCCEEDED")
			.containsEntry("totalRows", 63)
			.containsEntry("acceptedRows", 58)
			.containsEntry("duplicateRows", 0)
			.containsEntry("rejectedRows", 5);
		Map<Integer, Map<String, Object>> rows = byLine(report);
		assertThat(rows).hasSize(63).doesNotContainKey(63).doesNotContainKey(1);
		assertThat(rows.get(2)).containsEntry("status", "ACCEPTED").containsEntry("revision", 1);
		assertThat(rows.get(56)).containsEntry("status", "ACCEPTED");
		assertThat(rows.get(57)).containsEntry("status", "REJECTED");
		assertThat(reasons(rows.get(57))).containsExactly("line 57: malformed CSV: unbalanced quote, a quoted field is "
				+ "not closed on this line (quoted fields may not span lines)");
		assertThat(rows.get(58)).containsEntry("status", "ACCEPTED").containsEntry("sampleId", "S-58");
		assertThat(reasons(rows.get(59))).containsExactly(
				"Tg 150 K is outside 200-2000 K (a °C value declared as K? K = °C + 273.15)");
		assertThat(reasons(rows.get(60))).containsExactly("Tg (700 K) must be below Tx (650 K)");
		assertThat(reasons(rows.get(61))).containsExactly("unknown candidate " + unknownCandidate);
		assertThat(reasons(rows.get(62))).containsExactly("line 62 has 6 field(s), the header has 12");
		assertThat(rows.get(64)).containsEntry("status", "ACCEPTED");
		assertThat(rows.get(65)).containsEntry("status", "ACCEPTED").containsEntry("revision", 2)
			.containsEntry("measurementId", rows.get(2).get("measurementId"));
		assertThat(rows.get(59)).containsEntry("raw", lines.get(58));

		Map<String, Object> notes = revisions(
				this.http.getForObject("/api/v1/measurements/" + rows.get(64).get("measurementId"), Map.class))
			.get(0);
		assertThat(notes).containsEntry("notes", "remelted twice, then cast")
			.containsEntry("source", "upload/" + report.get("id") + "/line/64");

		Map<String, Object> rejectedOnly = this.http.getForObject(
				"/api/v1/measurements/uploads/" + report.get("id") + "?status=REJECTED", Map.class);
		assertThat((List<Map<String, Object>>) rejectedOnly.get("rows")).extracting((r) -> r.get("line"))
			.containsExactly(57, 59, 60, 61, 62);

		Map<String, Object> again = uploadAndAwait(csv);
		assertThat(again).containsEntry("acceptedRows", 0).containsEntry("duplicateRows", 58)
			.containsEntry("rejectedRows", 5);
		Map<String, Object> s2 = this.http.getForObject("/api/v1/measurements/" + rows.get(2).get("measurementId"),
				Map.class);
		assertThat(s2).containsEntry("latestRevision", 2);
	}

	@Test
	void anUploadWhoseInstanceStoppedIsContinuedWithTheLinesNotYetStored() {
		// as an instance that stopped mid-upload left it: line 2 stored and counted, then no heartbeat
		String lab = lab();
		String csv = "lab,sample_id,composition,Tg_K,Tx_K,Tl_K\n" + lab + ",R-2,Cu50Zr50,670,720,1230\n" + lab
				+ ",R-3,Cu64Zr36,720,770,1230\n" + lab + ",R-4,Cu46Zr54,690,740,1200\n";
		UUID id = AbandonedJobs.insert(this.jdbc, "MEASUREMENT_UPLOAD", "1 rows read");
		this.jdbc.sql("""
				INSERT INTO measurement_upload (id, file_name, content, total_rows, accepted_rows, created_at)
				VALUES (?, 'interrupted.csv', ?, 1, 1, now() - interval '10 minutes')""")
			.params(id, csv.getBytes(StandardCharsets.UTF_8))
			.update();
		this.jdbc.sql("""
				INSERT INTO measurement_upload_row (upload_id, line, status, lab, sample_id, flags, warnings, reasons, raw)
				VALUES (?, 2, 'ACCEPTED', ?, 'R-2', '[]', '[]', '[]', 'stored before the interruption')""")
			.params(id, lab)
			.update();

		this.heartbeats.beat();

		assertThat(awaitJob(id).state().name()).isEqualTo("SUCCEEDED");
		Map<String, Object> report = this.http.getForObject("/api/v1/measurements/uploads/" + id, Map.class);
		assertThat(report).containsEntry("totalRows", 3).containsEntry("acceptedRows", 3).containsEntry("rejectedRows", 0);
		Map<Integer, Map<String, Object>> rows = byLine(report);
		assertThat(rows.get(2)).containsEntry("raw", "stored before the interruption");
		assertThat(rows.get(3)).containsEntry("status", "ACCEPTED").containsEntry("sampleId", "R-3");
		assertThat(rows.get(4)).containsEntry("status", "ACCEPTED").containsEntry("sampleId", "R-4");
		// line 2 was not submitted again (this test never stored its measurement)
		Map<String, Object> measured = this.http.getForObject("/api/v1/measurements?lab=" + lab, Map.class);
		assertThat((List<Map<String, Object>>) measured.get("content")).extracting((m) -> m.get("sampleId"))
			.containsExactlyInAnyOrder("R-3", "R-4");
	}

	@Test
	void anUploadWithAnUnusableHeaderFailsWithTheReasonAndKeepsTheFile() {
		ResponseEntity<Map> response = upload("lab,sample_id,composition,Tg,Tx,Tl\nlab-a,S-1,Cu50Zr50,670,720,1230\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		UUID id = UUID.fromString((String) response.getBody().get("uploadId"));
		Job job = awaitJob(id);
		assertThat(job.state().name()).isEqualTo("FAILED");
		assertThat(job.message()).contains("column 'Tg' does not declare its unit: name it Tg_K or Tg_C");
		Map<String, Object> report = this.http.getForObject("/api/v1/measurements/uploads/" + id, Map.class);
		assertThat((String) report.get("headerError")).contains("column 'Tl' does not declare its unit");
		assertThat(report).containsEntry("totalRows", 0).containsEntry("state", "FAILED");
		assertThat(this.http.getForEntity("/api/v1/measurements/uploads/" + UUID.randomUUID(), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aSpreadsheetSavedWithSemicolonsAndDecimalCommasIsStoredInKelvin() {
		String lab = lab();
		byte[] csv = ("lab;sample_id;composition;Tg_C;Tx_K;Tl_K;notes\r\n" + lab
				+ ";S-1;Zr55Cu30Al10Ni5;410,85;763,5;1108;gegossen, poliert\r\n").getBytes(StandardCharsets.UTF_8);
		Map<String, Object> report = uploadAndAwait(csv);
		assertThat(report).containsEntry("state", "SUCCEEDED").containsEntry("acceptedRows", 1);
		Map<String, Object> history = this.http
			.getForObject("/api/v1/measurements/" + byLine(report).get(2).get("measurementId"), Map.class);
		assertThat(revisions(history).get(0)).containsEntry("tgK", 684.0)
			.containsEntry("txK", 763.5)
			.containsEntry("notes", "gegossen, poliert");
	}

	/** The gateway's hand-written OpenAPI examples are what a lab would copy first: they must be read as they stand. */
	@Test
	void theDocumentedExamplesAreReadAsTheyStand() {
		Map<String, Map<String, Object>> examples = OpenApiDocument.read().requestExamples("/api/v1/measurements",
				"post");
		ResponseEntity<Map> literature = submit(examples.get("literature-alloy").get("value"));
		assertThat(literature.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(results(literature).get(0)).containsEntry("status", "ACCEPTED");
		// its candidate id names no design here, and that must be the only reason it is turned away
		ResponseEntity<Map> designed = submit(examples.get("designed-candidate").get("value"));
		assertThat(designed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat((List<String>) results(designed).get(0).get("reasons")).singleElement()
			.asString()
			.startsWith("unknown candidate");
	}

	private ResponseEntity<Map> submit(Object body) {
		return this.http.postForEntity("/api/v1/measurements", body, Map.class);
	}

	private Map<String, Object> uploadAndAwait(byte[] csv) {
		ResponseEntity<Map> response = upload(csv);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		UUID id = UUID.fromString((String) response.getBody().get("uploadId"));
		assertThat(awaitJob(id).state().name()).isEqualTo("SUCCEEDED");
		return this.http.getForObject("/api/v1/measurements/uploads/" + id, Map.class);
	}

	private Job awaitJob(UUID id) {
		return await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.jobs.get(id).orElseThrow(), (job) -> job.state().isTerminal());
	}

	private ResponseEntity<Map> upload(byte[] csv) {
		LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(csv) {
			@Override
			public String getFilename() {
				return "measurements.csv";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.http.postForEntity("/api/v1/measurements/uploads", new HttpEntity<>(body, headers), Map.class);
	}

	private List<MeasurementRecorded> events(List<ConsumerRecord<String, String>> records, String measurementId) {
		return records.stream().map((record) -> {
			try {
				return this.json.readValue(record.value(), MeasurementRecorded.class);
			}
			catch (Exception ex) {
				return null;
			}
		})
			.filter((event) -> event != null && event.measurementId() != null
					&& event.measurementId().toString().equals(measurementId))
			.toList();
	}

	private static Map<Integer, Map<String, Object>> byLine(Map<String, Object> report) {
		Map<Integer, Map<String, Object>> rows = new java.util.TreeMap<>();
		((List<Map<String, Object>>) report.get("rows")).forEach((row) -> rows.put((Integer) row.get("line"), row));
		return rows;
	}

	private static List<String> reasons(Map<String, Object> row) {
		return (List<String>) row.get("reasons");
	}

	static List<Map<String, Object>> results(ResponseEntity<Map> response) {
		return (List<Map<String, Object>>) response.getBody().get("results");
	}

	static List<Map<String, Object>> revisions(Map<?, ?> history) {
		return (List<Map<String, Object>>) history.get("revisions");
	}

	/** A JSON object with its keys in the order given (Map.of takes at most 10 pairs). */
	static Map<String, Object> item(Object... keysAndValues) {
		Map<String, Object> item = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			item.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return item;
	}

	static String lab() {
		return "lab-" + UUID.randomUUID();
	}

}
