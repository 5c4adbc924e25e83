package org.alloygan.descriptor.importing;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * How an import went; the rejected rows themselves are listed at {@code /api/v1/datasets/rejections}.
 *
 * @param disagreements alloys of the import whose reported temperatures disagree with each other (or with earlier
 * reports of the same alloy); null until the import has finished
 */
record ImportReport(@JsonUnwrapped Row row, Disagreements.Report disagreements) {

	/** The columns of an import, as stored. */
	record Row(UUID id, String fileName, String format, int totalRows, int acceptedRows, int duplicateRows,
			int rejectedRows, Long versionId, Instant createdAt, Instant finishedAt) {
	}

}
