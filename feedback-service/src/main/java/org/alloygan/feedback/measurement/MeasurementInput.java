package org.alloygan.feedback.measurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One measurement submission as read from a JSON item or a CSV row, temperatures already converted to
 * kelvin. It is not checked yet: {@link Measurements#submit} does that.
 *
 * @param compositionText the composition as a formula, or null
 * @param atomicPercent the composition as element -> at.% (JSON only), or null
 * @param declaredUnit the unit the temperatures were written in: {@code K}, {@code °C}, {@code mixed}, or
 * null when no temperature was given
 * @param problems what could not be read (a number that is not one, a temperature without unit, an unknown
 * field); a submission with problems is rejected with them
 * @param raw the submission as received, for the record
 */
public record MeasurementInput(String lab, String sampleId, UUID candidateId, String compositionText,
		Map<String, Double> atomicPercent, Double tgK, Double txK, Double tlK, String declaredUnit, String method,
		Double heatingRateKPerMin, String operator, LocalDate measuredOn, String notes, List<String> problems,
		String raw) {

	public MeasurementInput {
		problems = List.copyOf(problems);
	}

}
