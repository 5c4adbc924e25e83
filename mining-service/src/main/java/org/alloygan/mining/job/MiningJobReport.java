package org.alloygan.mining.job;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How a mining job went.
 *
 * @param state QUEUED, RUNNING, SUCCEEDED or FAILED (from the job)
 * @param failures the passages that could not be read, with reasons and raw replies
 */
record MiningJobReport(UUID id, String state, double progress, String message, String extractor, String model,
		String promptVersion, List<UUID> documentIds, int passagesTotal, int passagesDone, int passagesFailed,
		int recordsAccepted, int recordsRejected, int recordsDuplicate, Usage usage, List<Failure> failures,
		Instant createdAt, Instant finishedAt) {

	/** Tokens the language model used for this job (zero for the rule-based extractor). */
	record Usage(long requests, long promptTokens, long completionTokens, long totalTokens) {
	}

	/** A passage the extractor could not read. */
	record Failure(UUID documentId, int passage, String reason, String rawReply) {
	}

}
