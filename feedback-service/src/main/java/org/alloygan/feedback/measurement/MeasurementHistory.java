package org.alloygan.feedback.measurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A measurement (one sample of one lab) with every revision, oldest first; the last one is current. */
public record MeasurementHistory(UUID id, String lab, String sampleId, int latestRevision, Instant createdAt,
		Instant updatedAt, List<Revision> revisions) {

	/**
	 * @param compositionSource GIVEN (as submitted) or CANDIDATE (taken from the design candidate)
	 * @param maxCompositionDifference largest |as-cast - candidate| in at.% over all elements, when both known
	 * @param declaredUnit the unit the temperatures were submitted in; stored values are always kelvin
	 * @param source {@code api}, or {@code upload/<id>/line/<n>}
	 */
	public record Revision(int revision, UUID candidateId, String formula, String canonicalKey,
			Map<String, Double> composition, String compositionSource, Double maxCompositionDifference,
			List<String> flags, List<String> warnings, Double tgK, Double txK, Double tlK, String declaredUnit,
			String method, Double heatingRateKPerMin, String operator, LocalDate measuredOn, String notes,
			String source, Instant recordedAt) {
	}

}
