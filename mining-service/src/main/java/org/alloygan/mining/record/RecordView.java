package org.alloygan.mining.record;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An extracted record with its status and provenance, as the API shows it. */
record RecordView(UUID id, UUID jobId, UUID documentId, String status, String reason, String compositionText,
		Map<String, Double> atomicPercent, Double tgK, Double txK, Double tlK, Double dmaxMm, Double heatingRateKPerMin,
		double confidence, String extractor, String model, String promptVersion, Integer page, int passageIndex,
		int passageStart, int passageEnd, String evidence, String rawReply, Instant createdAt) {
}
