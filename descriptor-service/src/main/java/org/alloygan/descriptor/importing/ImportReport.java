package org.alloygan.descriptor.importing;

import java.time.Instant;
import java.util.UUID;

/** How an import went; the rejected rows themselves are listed at {@code /api/v1/datasets/rejections}. */
record ImportReport(UUID id, String fileName, String format, int totalRows, int acceptedRows, int duplicateRows,
		int rejectedRows, Long versionId, Instant createdAt, Instant finishedAt) {
}
