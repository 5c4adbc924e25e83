package org.alloygan.feedback.upload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.alloygan.feedback.measurement.SubmissionResult;

/**
 * How an upload went, with one row per data line of the requested page.
 *
 * @param state the job state (QUEUED, RUNNING, SUCCEEDED, FAILED)
 * @param headerError why the file was refused as a whole, when its header was not usable
 */
record UploadReport(UUID id, String fileName, String state, String message, String headerError, int totalRows,
		int acceptedRows, int duplicateRows, int rejectedRows, int flaggedRows, Instant createdAt, Instant finishedAt,
		List<Row> rows, int page, int size) {

	/** @param line the physical line number in the file, the header being line 1 */
	record Row(int line, SubmissionResult.Status status, UUID measurementId, Integer revision, String lab,
			String sampleId, List<String> flags, List<String> warnings, List<String> reasons, String raw) {
	}

}
