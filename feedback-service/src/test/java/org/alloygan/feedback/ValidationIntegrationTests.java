package org.alloygan.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.events.DesignCompleted;
import org.alloygan.core.events.DesignCompleted.Candidate;
import org.alloygan.core.events.DesignCompleted.Prediction;
import org.alloygan.core.events.MeasurementRecorded;
import org.alloygan.core.events.Topics;
import org.alloygan.testsupport.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import static org.alloygan.feedback.MeasurementIntegrationTests.item;
import static org.alloygan.feedback.MeasurementIntegrationTests.lab;
import static org.alloygan.feedback.MeasurementIntegrationTests.results;
import static org.alloygan.feedback.MeasurementIntegrationTests.revisions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** Candidates in from gan-service, measurements linked to them, predicted vs measured out. */
@ServiceIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class ValidationIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	ObjectMapper json;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Test
	void measurementsOfCandidatesUseAndCheckTheCandidatesComposition() throws Exception {
		UUID designId = UUID.randomUUID();
		UUID candidateId = UUID.randomUUID();
		DesignCompleted design = new DesignCompleted(UUID.randomUUID(), Instant.now(), designId, UUID.randomUUID(),
				null, List.of(new Candidate(candidateId, 1, Map.of("Cu", 50.0, "Zr", 45.0, "Al", 5.0), Map.of())));
		publish(design);
		publish(design);
		// announced again under another event id (a design re-sent after a crash): its candidate is kept once
		UUID second = UUID.randomUUID();
		publish(new DesignCompleted(second, Instant.now(), designId, design.generatorModelId(), null,
				design.candidates()));
		awaitDesign(designId);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?")
				.param(second)
				.query(Long.class)
				.single() == 1);
		assertThat(this.jdbc.sql("SELECT rank, composition, canonical_key, predicted, generator_model_id, "
				+ "surrogate_model_id FROM design_candidate WHERE design_id = ?")
			.param(designId)
			.query()
			.listOfRows()).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("rank", 1)
				.containsEntry("canonical_key", "Al5.00Cu50.00Zr45.00")
				.containsEntry("predicted", "{}")
				.containsEntry("generator_model_id", design.generatorModelId())
				.containsEntry("surrogate_model_id", null));
		String lab = lab();

		Map<String, Object> fromCandidate = results(submit(item("lab", lab, "sampleId", "C-1", "candidateId",
				candidateId.toString(), "Tg_K", 700, "Tx_K", 760, "Tl_K", 1180))).get(0);
		assertThat(fromCandidate).containsEntry("status", "ACCEPTED");
		assertThat((List<?>) fromCandidate.get("flags")).isEmpty();
		Map<String, Object> revision = revisions(
				this.http.getForObject((String) fromCandidate.get("link"), Map.class)).get(0);
		assertThat(revision).containsEntry("compositionSource", "CANDIDATE")
			.containsEntry("candidateId", candidateId.toString())
			.containsEntry("formula", "Cu50Zr45Al5");

		Map<String, Object> close = results(submit(item("lab", lab, "sampleId", "C-2", "candidateId",
				candidateId.toString(), "composition", "Cu49Zr46Al5", "Tg_K", 701, "Tx_K", 761, "Tl_K", 1181))).get(0);
		assertThat(close).containsEntry("status", "ACCEPTED");
		assertThat((List<?>) close.get("flags")).as("1.0 at.% is within the tolerance").isEmpty();

		Map<String, Object> differs = results(submit(item("lab", lab, "sampleId", "C-3", "candidateId",
				candidateId.toString(), "composition", "Cu48.5Zr46.5Al5", "Tg_K", 702, "Tx_K", 762, "Tl_K", 1182)))
			.get(0);
		assertThat(differs).containsEntry("status", "ACCEPTED");
		assertThat((List<String>) differs.get("flags")).singleElement()
			.isEqualTo("as-cast composition differs from candidate " + candidateId
					+ " (Cu50Zr45Al5): Cu differs by 1.50 at.%, more than 1 at.%");
		Map<String, Object> asCast = revisions(this.http.getForObject((String) differs.get("link"), Map.class)).get(0);
		assertThat(asCast).containsEntry("compositionSource", "GIVEN")
			.containsEntry("formula", "Cu48.5Zr46.5Al5")
			.containsEntry("maxCompositionDifference", 1.5);

		Map<String, Object> ofCandidate = this.http.getForObject("/api/v1/measurements?candidateId=" + candidateId,
				Map.class);
		assertThat(ofCandidate).containsEntry("totalElements", 3);

		UUID unknown = UUID.randomUUID();
		ResponseEntity<Map> rejected = submit(item("lab", lab, "sampleId", "C-4", "candidateId", unknown.toString(),
				"Tg_K", 700, "Tx_K", 760, "Tl_K", 1180));
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat((List<String>) results(rejected).get(0).get("reasons")).containsExactly("unknown candidate " + unknown);

		try (TopicReader reader = new TopicReader(this.bootstrapServers, Topics.MEASUREMENTS_RECORDED)) {
			String id = (String) differs.get("measurementId");
			ConsumerRecord<String, String> record = reader
				.awaitRecords((seen) -> seen.stream().anyMatch((r) -> r.value().contains(id)))
				.stream()
				.filter((r) -> r.value().contains(id))
				.findFirst()
				.orElseThrow();
			MeasurementRecorded event = this.json.readValue(record.value(), MeasurementRecorded.class);
			assertThat(event.candidateId()).isEqualTo(candidateId);
			assertThat(event.atomicPercent()).as("the as-cast composition is what was measured")
				.containsEntry("Cu", 48.5)
				.containsEntry("Zr", 46.5);
			assertThat(record.key()).isEqualTo(lab + "/C-3");
		}
	}

	@Test
	void theValidationReportComparesPredictedWithMeasuredValues() throws Exception {
		UUID surrogate = UUID.randomUUID();
		UUID generator = UUID.randomUUID();
		UUID designId = UUID.randomUUID();
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID unmeasured = UUID.randomUUID();
		publish(new DesignCompleted(UUID.randomUUID(), Instant.now(), designId, generator, surrogate, List.of(
				// Trg and gamma not predicted: derived from the predicted temperatures.
				new Candidate(a, 1, Map.of("Zr", 41.2, "Ti", 13.8, "Cu", 12.5, "Ni", 10.0, "Be", 22.5),
						Map.of("Tg_K", new Prediction(650, 630.0, 670.0), "Tx_K", new Prediction(720, null, null),
								"Tl_K", new Prediction(1000, 950.0, 1050.0))),
				new Candidate(b, 2, Map.of("Cu", 46.0, "Zr", 46.0, "Al", 8.0),
						Map.of("Tg_K", new Prediction(700, null, null), "Tx_K", new Prediction(760, null, null),
								"Tl_K", new Prediction(1100, null, null), "Trg", new Prediction(0.6, null, null),
								"gamma", new Prediction(0.42, null, null))),
				new Candidate(unmeasured, 3, Map.of("Cu", 50.0, "Zr", 50.0), Map.of()))));
		awaitDesign(designId);
		String lab = lab();
		assertThat(submit(List.of(
				item("lab", lab, "sampleId", "V-A", "candidateId", a.toString(), "Tg_K", 625, "Tx_K", 705, "Tl_K", 993),
				// B in °C: 326.85 °C = 600 K, 426.85 °C = 700 K, 726.85 °C = 1000 K.
				item("lab", lab, "sampleId", "V-B", "candidateId", b.toString(), "Tg_C", 326.85, "Tx_C", 426.85,
						"Tl_C", 726.85)))
			.getBody()).containsEntry("accepted", 2);

		Map<String, Object> report = this.http.getForObject("/api/v1/designs/" + designId + "/validation", Map.class);
		assertThat(report).containsEntry("designId", designId.toString()).containsEntry("tolerance", 0.08);
		List<Map<String, Object>> entries = (List<Map<String, Object>>) report.get("entries");
		assertThat(entries).extracting((e) -> e.get("candidateId")).containsExactly(a.toString(), b.toString());
		Map<String, Object> entryA = entries.get(0);
		assertThat(entryA).containsEntry("surrogateModelId", surrogate.toString())
			.containsEntry("generatorModelId", generator.toString())
			.containsEntry("rank", 1)
			.containsEntry("revision", 1)
			.containsEntry("hasPredictions", true);

		// Hand-computed: relative error = |predicted - measured| / measured.
		Map<String, Map<String, Object>> compA = comparisons(entryA);
		assertThat(number(compA.get("Tg_K"), "relativeError")).isCloseTo(25.0 / 625.0, within(1e-12));
		assertThat(compA.get("Tg_K")).containsEntry("withinTolerance", true).containsEntry("measuredInInterval", false);
		assertThat(number(compA.get("Tx_K"), "relativeError")).isCloseTo(15.0 / 705.0, within(1e-12));
		assertThat(compA.get("Tx_K")).doesNotContainKey("measuredInInterval");
		assertThat(number(compA.get("Tl_K"), "relativeError")).isCloseTo(7.0 / 993.0, within(1e-12));
		assertThat(compA.get("Tl_K")).containsEntry("measuredInInterval", true);
		double trgA = 625.0 / 993.0;
		assertThat(number(compA.get("Trg"), "measured")).isCloseTo(0.629405840886, within(1e-12));
		assertThat(number(compA.get("Trg"), "predicted")).isCloseTo(0.65, within(1e-12));
		assertThat(compA.get("Trg")).containsEntry("derived", true);
		assertThat(number(compA.get("Trg"), "relativeError")).isCloseTo((0.65 - trgA) / trgA, within(1e-12));
		double gammaA = 705.0 / (625.0 + 993.0);
		double gammaPredA = 720.0 / (650.0 + 1000.0);
		assertThat(number(compA.get("gamma"), "relativeError")).isCloseTo(Math.abs(gammaPredA - gammaA) / gammaA,
				within(1e-12));

		Map<String, Map<String, Object>> compB = comparisons(entries.get(1));
		assertThat(number(compB.get("Tg_K"), "relativeError")).isCloseTo(100.0 / 600.0, within(1e-9));
		assertThat(compB.get("Tg_K")).containsEntry("withinTolerance", false);
		assertThat(number(compB.get("Tx_K"), "relativeError")).isCloseTo(60.0 / 700.0, within(1e-9));
		assertThat(compB.get("Tx_K")).containsEntry("withinTolerance", false);
		assertThat(number(compB.get("Tl_K"), "relativeError")).isCloseTo(100.0 / 1000.0, within(1e-9));
		assertThat(compB.get("Trg")).containsEntry("derived", false).containsEntry("withinTolerance", true);
		assertThat(number(compB.get("Trg"), "relativeError")).isCloseTo(0.0, within(1e-9));
		assertThat(number(compB.get("gamma"), "measured")).isCloseTo(0.4375, within(1e-9));
		assertThat(number(compB.get("gamma"), "relativeError")).isCloseTo(0.0175 / 0.4375, within(1e-9));

		Map<String, Object> summary = (Map<String, Object>) report.get("summary");
		assertThat(summary).containsEntry("candidates", 2).containsEntry("measurements", 2)
			.containsEntry("withoutPredictions", 0);
		Map<String, Map<String, Object>> byProperty = byProperty(summary);
		assertThat(byProperty.get("Tg_K")).containsEntry("count", 2).containsEntry("withinTolerance", 1);
		assertThat(number(byProperty.get("Tg_K"), "meanRelativeError")).isCloseTo((0.04 + 100.0 / 600.0) / 2,
				within(1e-9));
		assertThat(number(byProperty.get("Tg_K"), "maxRelativeError")).isCloseTo(100.0 / 600.0, within(1e-9));
		assertThat(number(byProperty.get("Tg_K"), "shareWithinTolerance")).isEqualTo(0.5);
		// Within 8%: all five of A; Trg and gamma of B.
		double[] all = { 25.0 / 625, 15.0 / 705, 7.0 / 993, (0.65 - trgA) / trgA, Math.abs(gammaPredA - gammaA) / gammaA,
				100.0 / 600, 60.0 / 700, 0.1, 0.0, 0.04 };
		assertThat(byProperty.get("all")).containsEntry("count", 10).containsEntry("withinTolerance", 7);
		assertThat(number(byProperty.get("all"), "shareWithinTolerance")).isEqualTo(0.7);
		assertThat(number(byProperty.get("all"), "meanRelativeError"))
			.isCloseTo(java.util.Arrays.stream(all).average().orElseThrow(), within(1e-9));
		assertThat(number(byProperty.get("all"), "maxRelativeError")).isCloseTo(100.0 / 600, within(1e-9));

		// A looser tolerance, asked for: B's Tx (8.6%) and Tl (10%) now count, its Tg (16.7%) does not.
		Map<String, Object> loose = this.http.getForObject("/api/v1/designs/" + designId + "/validation?tolerance=0.12",
				Map.class);
		assertThat(byProperty((Map<String, Object>) loose.get("summary")).get("all")).containsEntry("withinTolerance", 9);

		// The report over all designs, narrowed to this surrogate model, says the same.
		Map<String, Object> overall = this.http.getForObject("/api/v1/validation?surrogateModelId=" + surrogate,
				Map.class);
		assertThat(overall.get("summary")).isEqualTo(summary);
		assertThat((List<Map<String, Object>>) overall.get("bySurrogateModel")).singleElement()
			.satisfies((model) -> assertThat(model).containsEntry("surrogateModelId", surrogate.toString())
				.containsEntry("summary", summary));

		// A correction replaces the measured values: the report follows the latest revision.
		submit(item("lab", lab, "sampleId", "V-B", "candidateId", b.toString(), "Tg_K", 690, "Tx_K", 700, "Tl_K", 1000));
		Map<String, Object> corrected = this.http.getForObject("/api/v1/designs/" + designId + "/validation",
				Map.class);
		Map<String, Object> entryB = ((List<Map<String, Object>>) corrected.get("entries")).get(1);
		assertThat(entryB).containsEntry("revision", 2);
		assertThat(number(comparisons(entryB).get("Tg_K"), "relativeError")).isCloseTo(10.0 / 690.0, within(1e-9));
	}

	@Test
	void aCandidateWithoutPredictionsIsReportedAsSuchNotInvented() throws Exception {
		UUID designId = UUID.randomUUID();
		UUID candidate = UUID.randomUUID();
		publish(new DesignCompleted(UUID.randomUUID(), Instant.now(), designId, UUID.randomUUID(), null,
				List.of(new Candidate(candidate, 1, Map.of("Pd", 40.0, "Ni", 40.0, "P", 20.0), Map.of()))));
		awaitDesign(designId);
		Map<String, Object> empty = this.http.getForObject("/api/v1/designs/" + designId + "/validation", Map.class);
		assertThat((List<?>) empty.get("entries")).isEmpty();
		assertThat((Map<String, Object>) empty.get("summary")).containsEntry("measurements", 0);

		submit(item("lab", lab(), "sampleId", "N-1", "candidateId", candidate.toString(), "Tg_K", 576, "Tx_K", 678,
				"Tl_K", 991));
		Map<String, Object> report = this.http.getForObject("/api/v1/designs/" + designId + "/validation", Map.class);
		Map<String, Object> entry = ((List<Map<String, Object>>) report.get("entries")).get(0);
		assertThat(entry).containsEntry("hasPredictions", false).doesNotContainKey("surrogateModelId");
		assertThat((String) entry.get("note")).startsWith("no predictions: no surrogate model was active");
		assertThat((List<?>) entry.get("comparisons")).isEmpty();
		Map<String, Object> summary = (Map<String, Object>) report.get("summary");
		assertThat(summary).containsEntry("measurements", 1).containsEntry("withoutPredictions", 1);
		assertThat(byProperty(summary).get("all")).containsEntry("count", 0).doesNotContainKey("meanRelativeError");

		assertThat(this.http.getForEntity("/api/v1/designs/" + UUID.randomUUID() + "/validation", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.getForEntity("/api/v1/validation?tolerance=2", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void poisonDesignMessagesGoToTheDeadLetterTopicAndConsumptionCarriesOn() throws Exception {
		String poison = "{ not json " + UUID.randomUUID();
		this.kafka.send(Topics.DESIGNS_COMPLETED, "x", poison).get();
		UUID badDesign = UUID.randomUUID();
		publish(new DesignCompleted(UUID.randomUUID(), Instant.now(), badDesign, UUID.randomUUID(), null,
				List.of(new Candidate(UUID.randomUUID(), 1, Map.of("Qq", 50.0, "Zr", 50.0), Map.of()))));
		UUID goodDesign = UUID.randomUUID();
		publish(new DesignCompleted(UUID.randomUUID(), Instant.now(), goodDesign, UUID.randomUUID(), null,
				List.of(new Candidate(UUID.randomUUID(), 1, Map.of("La", 55.0, "Al", 25.0, "Cu", 20.0), Map.of()))));
		awaitDesign(goodDesign);
		try (TopicReader reader = new TopicReader(this.bootstrapServers,
				Topics.deadLetterOf(Topics.DESIGNS_COMPLETED))) {
			reader.awaitRecords((seen) -> seen.stream().anyMatch((r) -> r.value().equals(poison))
					&& seen.stream().anyMatch((r) -> r.value().contains(badDesign.toString())));
		}
		assertThat(this.http.getForEntity("/api/v1/designs/" + badDesign + "/validation", Map.class).getStatusCode())
			.as("an invalid design is not half-stored")
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private void publish(DesignCompleted event) throws Exception {
		this.kafka.send(Topics.DESIGNS_COMPLETED, event.designId().toString(), this.json.writeValueAsString(event)).get();
	}

	private void awaitDesign(UUID designId) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.http.getForEntity("/api/v1/designs/" + designId + "/validation", Map.class)
				.getStatusCode()
				.is2xxSuccessful());
	}

	private ResponseEntity<Map> submit(Object body) {
		return this.http.postForEntity("/api/v1/measurements", body, Map.class);
	}

	private static Map<String, Map<String, Object>> comparisons(Map<String, Object> entry) {
		Map<String, Map<String, Object>> byProperty = new java.util.LinkedHashMap<>();
		((List<Map<String, Object>>) entry.get("comparisons"))
			.forEach((c) -> byProperty.put((String) c.get("property"), c));
		return byProperty;
	}

	private static Map<String, Map<String, Object>> byProperty(Map<String, Object> summary) {
		Map<String, Map<String, Object>> byProperty = new java.util.LinkedHashMap<>();
		((List<Map<String, Object>>) summary.get("properties"))
			.forEach((p) -> byProperty.put((String) p.get("property"), p));
		return byProperty;
	}

	private static double number(Map<String, Object> values, String key) {
		return ((Number) values.get(key)).doubleValue();
	}

}
