package org.alloygan.core.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An alloy record read from a document passed its grounding check (mining -> descriptor, on
 * {@link Topics#RECORDS_EXTRACTED}, keyed by document id).
 *
 * @param recordId the record in mining-service, stable across redeliveries
 * @param atomicPercent composition in at.% summing to 100
 * @param compositionText the composition as the passage prints it
 * @param page 1-based page of a PDF, null for other documents
 * @param passageStart character offset of the passage in the document text
 * @param passageEnd end offset (exclusive)
 * @param evidence the passage text the values were found in
 */
public record AlloyRecordExtracted(UUID eventId, Instant occurredAt, UUID recordId, UUID documentId, String doi,
		Integer page, int passageStart, int passageEnd, Map<String, Double> atomicPercent, String compositionText,
		Double tgK, Double txK, Double tlK, Double dmaxMm, Double heatingRateKPerMin, String extractor, String model,
		String promptVersion, double confidence, String evidence) {
}
