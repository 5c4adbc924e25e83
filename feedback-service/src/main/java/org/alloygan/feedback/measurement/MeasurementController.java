package org.alloygan.feedback.measurement;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.alloygan.support.web.CorrelationIdFilter;
import org.alloygan.support.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measurements as JSON, one object or an array of them; every item gets its own result. See
 * {@code docs/feedback.md} for the shapes.
 */
@RestController
@Validated
class MeasurementController {

	private final Measurements measurements;

	private final MeasurementProperties properties;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	MeasurementController(Measurements measurements, MeasurementProperties properties, JdbcClient jdbc,
			ObjectMapper json) {
		this.measurements = measurements;
		this.properties = properties;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * 200 with per-item results when at least one item was stored or was already there; 422 problem+json with
	 * the same results when every item was rejected (nothing was stored); 400 when the body is not one
	 * object or a non-empty array of them.
	 */
	@PostMapping(path = "/api/v1/measurements", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> submit(@RequestBody JsonNode body) {
		List<JsonNode> items = new ArrayList<>();
		if (body.isObject()) {
			items.add(body);
		}
		else if (body.isArray()) {
			body.forEach(items::add);
		}
		else {
			throw new IllegalArgumentException("the body must be a measurement object or an array of them, not "
					+ body.getNodeType().name().toLowerCase());
		}
		if (items.isEmpty()) {
			throw new IllegalArgumentException("the array holds no measurement");
		}
		if (items.size() > this.properties.maxItemsPerRequest()) {
			throw new IllegalArgumentException(items.size() + " measurements in one request; at most "
					+ this.properties.maxItemsPerRequest() + " (upload larger batches as CSV to /api/v1/measurements/uploads)");
		}
		List<ItemResult> results = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			SubmissionResult result = item.isObject() ? this.measurements.submit(JsonItems.read(item), "api")
					: SubmissionResult.rejected(null, null,
							List.of("an item must be a JSON object, not " + item.getNodeType().name().toLowerCase()));
			results.add(ItemResult.of(i, result));
		}
		SubmissionResponse response = SubmissionResponse.of(results);
		if (response.rejected() == response.count()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
					(response.count() == 1) ? "the measurement was rejected: " + String.join("; ", results.get(0).reasons())
							: "all " + response.count() + " measurements were rejected; see results");
			problem.setTitle("Measurements rejected");
			problem.setInstance(URI.create("/api/v1/measurements"));
			problem.setType(URI.create("https://alloygan.org/problems/422"));
			if (CorrelationIdFilter.current() != null) {
				problem.setProperty("correlationId", CorrelationIdFilter.current());
			}
			problem.setProperty("results", results);
			return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.ok(response);
	}

	@GetMapping("/api/v1/measurements/{id}")
	MeasurementHistory get(@PathVariable UUID id) {
		return this.measurements.history(id)
			.orElseThrow(() -> new NotFoundException("measurement " + id + " does not exist"));
	}

	/** Latest revisions, newest change first, filtered by lab, sample id or candidate. */
	@GetMapping("/api/v1/measurements")
	MeasurementPage list(@RequestParam(required = false) String lab, @RequestParam(required = false) String sampleId,
			@RequestParam(required = false) UUID candidateId, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		String where = """
				FROM measurement m JOIN measurement_revision r
				  ON r.measurement_id = m.id AND r.revision = m.latest_revision
				WHERE (CAST(? AS TEXT) IS NULL OR m.lab = ?) AND (CAST(? AS TEXT) IS NULL OR m.sample_id = ?)
				  AND (CAST(? AS UUID) IS NULL OR r.candidate_id = ?)""";
		Object[] params = { lab, lab, sampleId, sampleId, candidateId, candidateId };
		List<MeasurementSummary> content = this.jdbc.sql("""
				SELECT m.id, m.lab, m.sample_id, m.latest_revision, r.candidate_id, r.formula, r.tg_k, r.tx_k, r.tl_k,
				       r.method, r.flags, m.updated_at
				""" + where + " ORDER BY m.updated_at DESC, m.id LIMIT ? OFFSET ?")
			.params(append(params, size, (long) page * size))
			.query((rs, n) -> new MeasurementSummary(rs.getObject("id", UUID.class), rs.getString("lab"),
					rs.getString("sample_id"), rs.getInt("latest_revision"), rs.getObject("candidate_id", UUID.class),
					rs.getString("formula"), JsonColumns.nullableDouble(rs, "tg_k"),
					JsonColumns.nullableDouble(rs, "tx_k"), JsonColumns.nullableDouble(rs, "tl_k"),
					rs.getString("method"), JsonColumns.strings(this.json, rs.getString("flags")),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
		long total = this.jdbc.sql("SELECT count(*) " + where).params(params).query(Long.class).single();
		return new MeasurementPage(content, page, size, total);
	}

	private static Object[] append(Object[] params, Object... more) {
		Object[] all = java.util.Arrays.copyOf(params, params.length + more.length);
		System.arraycopy(more, 0, all, params.length, more.length);
		return all;
	}

	/** One item's result; {@code index} is its position in the request (0 for a single object). */
	record ItemResult(int index, SubmissionResult.Status status, UUID measurementId, Integer revision, String lab,
			String sampleId, String link, List<String> flags, List<String> warnings, List<String> reasons) {

		static ItemResult of(int index, SubmissionResult result) {
			return new ItemResult(index, result.status(), result.measurementId(), result.revision(), result.lab(),
					result.sampleId(),
					(result.measurementId() != null) ? "/api/v1/measurements/" + result.measurementId() : null,
					result.flags(), result.warnings(), result.reasons());
		}

	}

	record SubmissionResponse(int count, int accepted, int duplicate, int rejected, int flagged,
			List<ItemResult> results) {

		static SubmissionResponse of(List<ItemResult> results) {
			return new SubmissionResponse(results.size(), count(results, SubmissionResult.Status.ACCEPTED),
					count(results, SubmissionResult.Status.DUPLICATE), count(results, SubmissionResult.Status.REJECTED),
					(int) results.stream()
						.filter((r) -> r.status() == SubmissionResult.Status.ACCEPTED && !r.flags().isEmpty())
						.count(),
					results);
		}

		private static int count(List<ItemResult> results, SubmissionResult.Status status) {
			return (int) results.stream().filter((r) -> r.status() == status).count();
		}

	}

	record MeasurementSummary(UUID id, String lab, String sampleId, int latestRevision, UUID candidateId,
			String formula, Double tgK, Double txK, Double tlK, String method, List<String> flags, Instant updatedAt) {
	}

	record MeasurementPage(List<MeasurementSummary> content, int page, int size, long totalElements) {
	}

}
