package org.alloygan.feedback.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.events.DesignCompleted.Prediction;
import org.alloygan.feedback.candidate.Candidate;
import org.alloygan.feedback.candidate.DesignCandidates;
import org.alloygan.feedback.measurement.JsonColumns;
import org.alloygan.feedback.validation.ValidationReport.Comparison;
import org.alloygan.feedback.validation.ValidationReport.Entry;
import org.alloygan.feedback.validation.ValidationReport.PropertySummary;
import org.alloygan.feedback.validation.ValidationReport.Summary;
import org.alloygan.support.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds validation reports from the latest revision of every measurement linked to a candidate. Measured
 * Trg = Tg/Tl and gamma = Tx/(Tg+Tl) come from the measured temperatures; predicted ones are the model's
 * own when it predicted them, else computed the same way from the predicted temperatures.
 */
@Service
class ValidationReports {

	static final List<String> PROPERTIES = List.of("Tg_K", "Tx_K", "Tl_K", "Trg", "gamma");

	static final String ALL = "all";

	private final JdbcClient jdbc;

	private final DesignCandidates candidates;

	private final ObjectMapper json;

	ValidationReports(JdbcClient jdbc, DesignCandidates candidates, ObjectMapper json) {
		this.jdbc = jdbc;
		this.candidates = candidates;
		this.json = json;
	}

	@Transactional(readOnly = true)
	ValidationReport ofDesign(UUID designId, double tolerance) {
		if (this.candidates.ofDesign(designId).isEmpty()) {
			throw new NotFoundException("design " + designId
					+ " is not known here: no DesignCompleted event with its candidates has been received");
		}
		List<Entry> entries = entries(designId, null, tolerance);
		return new ValidationReport(designId, null, tolerance, summarise(entries, tolerance), null, entries);
	}

	@Transactional(readOnly = true)
	ValidationReport overall(UUID surrogateModelId, double tolerance) {
		List<Entry> entries = entries(null, surrogateModelId, tolerance);
		Map<UUID, List<Entry>> byModel = new LinkedHashMap<>();
		entries.stream()
			.filter((entry) -> entry.surrogateModelId() != null)
			.forEach((entry) -> byModel.computeIfAbsent(entry.surrogateModelId(), (id) -> new ArrayList<>()).add(entry));
		List<ValidationReport.ModelSummary> models = byModel.entrySet()
			.stream()
			.map((model) -> new ValidationReport.ModelSummary(model.getKey(), summarise(model.getValue(), tolerance)))
			.toList();
		return new ValidationReport(null, surrogateModelId, tolerance, summarise(entries, tolerance), models, entries);
	}

	private List<Entry> entries(UUID designId, UUID surrogateModelId, double tolerance) {
		List<Row> rows = this.jdbc.sql("""
				SELECT r.candidate_id, m.id AS measurement_id, r.revision, m.lab, m.sample_id, r.formula, r.flags,
				       r.tg_k, r.tx_k, r.tl_k
				FROM measurement m
				JOIN measurement_revision r ON r.measurement_id = m.id AND r.revision = m.latest_revision
				JOIN design_candidate c ON c.id = r.candidate_id
				WHERE (CAST(? AS UUID) IS NULL OR c.design_id = ?)
				  AND (CAST(? AS UUID) IS NULL OR c.surrogate_model_id = ?)
				ORDER BY c.received_at, c.design_id, c.rank, m.lab, m.sample_id""")
			.params(designId, designId, surrogateModelId, surrogateModelId)
			.query((rs, n) -> new Row(rs.getObject("candidate_id", UUID.class),
					rs.getObject("measurement_id", UUID.class), rs.getInt("revision"), rs.getString("lab"),
					rs.getString("sample_id"), rs.getString("formula"),
					JsonColumns.strings(this.json, rs.getString("flags")), JsonColumns.nullableDouble(rs, "tg_k"),
					JsonColumns.nullableDouble(rs, "tx_k"), JsonColumns.nullableDouble(rs, "tl_k")))
			.list();
		Map<UUID, Candidate> seen = new LinkedHashMap<>();
		List<Entry> entries = new ArrayList<>(rows.size());
		for (Row row : rows) {
			Candidate candidate = seen.computeIfAbsent(row.candidateId(),
					(id) -> this.candidates.find(id).orElseThrow());
			entries.add(entry(candidate, row, tolerance));
		}
		return entries;
	}

	private static Entry entry(Candidate candidate, Row row, double tolerance) {
		boolean hasPredictions = !candidate.predicted().isEmpty();
		List<Comparison> comparisons = new ArrayList<>();
		if (hasPredictions) {
			Map<String, Double> measured = measured(row);
			for (String property : PROPERTIES) {
				comparisons.add(compare(property, candidate.predicted(), measured.get(property), tolerance));
			}
		}
		String note = hasPredictions ? null
				: "no predictions: no surrogate model was active when design " + candidate.designId()
						+ " ran, so there is nothing to compare with";
		return new Entry(candidate.id(), candidate.designId(), candidate.rank(), candidate.composition().formula(),
				candidate.generatorModelId(), candidate.surrogateModelId(), row.measurementId(), row.revision(),
				row.lab(), row.sampleId(), row.formula(), row.flags(), hasPredictions, note, comparisons);
	}

	private static Map<String, Double> measured(Row row) {
		Map<String, Double> measured = new LinkedHashMap<>();
		measured.put("Tg_K", row.tgK());
		measured.put("Tx_K", row.txK());
		measured.put("Tl_K", row.tlK());
		measured.put("Trg", trg(row.tgK(), row.tlK()));
		measured.put("gamma", gamma(row.tgK(), row.txK(), row.tlK()));
		return measured;
	}

	private static Comparison compare(String property, Map<String, Prediction> predictions, Double measured,
			double tolerance) {
		Prediction prediction = predictions.get(property);
		Double predicted = (prediction != null) ? Double.valueOf(prediction.value()) : null;
		boolean derived = false;
		if (predicted == null && (property.equals("Trg") || property.equals("gamma"))) {
			Double tg = value(predictions, "Tg_K");
			Double tx = value(predictions, "Tx_K");
			Double tl = value(predictions, "Tl_K");
			predicted = property.equals("Trg") ? trg(tg, tl) : gamma(tg, tx, tl);
			derived = predicted != null;
		}
		Double lower = (prediction != null) ? prediction.lower() : null;
		Double upper = (prediction != null) ? prediction.upper() : null;
		Double error = (predicted != null && measured != null && measured != 0)
				? Math.abs(predicted - measured) / Math.abs(measured) : null;
		Boolean inInterval = (measured != null && (lower != null || upper != null))
				? (lower == null || measured >= lower) && (upper == null || measured <= upper) : null;
		return new Comparison(property, predicted, lower, upper, derived, measured, error,
				(error != null) ? error <= tolerance : null, inInterval);
	}

	static Summary summarise(List<Entry> entries, double tolerance) {
		List<PropertySummary> properties = new ArrayList<>();
		List<Double> all = new ArrayList<>();
		for (String property : PROPERTIES) {
			List<Double> errors = entries.stream()
				.flatMap((entry) -> entry.comparisons().stream())
				.filter((comparison) -> comparison.property().equals(property))
				.map(Comparison::relativeError)
				.filter(Objects::nonNull)
				.toList();
			all.addAll(errors);
			properties.add(summary(property, errors, tolerance));
		}
		properties.add(summary(ALL, all, tolerance));
		int candidates = (int) entries.stream().map(Entry::candidateId).distinct().count();
		int withoutPredictions = (int) entries.stream().filter((entry) -> !entry.hasPredictions()).count();
		return new Summary(candidates, entries.size(), withoutPredictions, properties);
	}

	private static PropertySummary summary(String property, List<Double> errors, double tolerance) {
		if (errors.isEmpty()) {
			return new PropertySummary(property, 0, null, null, 0, null);
		}
		int within = (int) errors.stream().filter((error) -> error <= tolerance).count();
		return new PropertySummary(property, errors.size(),
				errors.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
				errors.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), within,
				within / (double) errors.size());
	}

	private static Double value(Map<String, Prediction> predictions, String property) {
		Prediction prediction = predictions.get(property);
		return (prediction != null) ? prediction.value() : null;
	}

	static Double trg(Double tg, Double tl) {
		return (tg != null && tl != null) ? tg / tl : null;
	}

	static Double gamma(Double tg, Double tx, Double tl) {
		return (tg != null && tx != null && tl != null) ? tx / (tg + tl) : null;
	}

	private record Row(UUID candidateId, UUID measurementId, int revision, String lab, String sampleId, String formula,
			List<String> flags, Double tgK, Double txK, Double tlK) {
	}

}
