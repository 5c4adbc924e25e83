package org.alloygan.core.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A lab measured Tg/Tx/Tl of an alloy (feedback -> descriptor, on {@link Topics#MEASUREMENTS_RECORDED},
 * keyed by lab and sample id). A correction is a new revision of the same measurement.
 *
 * @param candidateId the design candidate the sample was made from, null when it was not designed here
 * @param atomicPercent the composition measured (as cast), at.% summing to 100
 */
public record MeasurementRecorded(UUID eventId, Instant occurredAt, UUID measurementId, int revision, UUID candidateId,
		Map<String, Double> atomicPercent, Double tgK, Double txK, Double tlK, String method, Double heatingRateKPerMin,
		String lab, String sampleId, LocalDate measuredOn) {
}
