package org.alloygan.descriptor.importing;

import java.time.Instant;
import java.util.UUID;

/**
 * How an import went; the rejected rows themselves are listed at {@code /api/v1/datasets/rejections}.
 *
 * @param disagreements alloys of the import whose reported temperatures disagree with each other (or with earlier
 * reports of the same alloy); null until the import has finished
 */
record ImportReport(UUID id, String fileName, String format, int totalRows, int acceptedRows, int duplicateRows,
		int rejectedRows, Long versionId, Instant createdAt, Instant finishedAt,
		Disagreements.Report disagreements) {

	/** The columns of an import, as stored. */
	record Row(UUID id, String fileName, String format, int totalRows, int acceptedRows, int duplicateRows,
			int rejectedRows, Long versionId, Instant createdAt, Instant finishedAt) {

		ImportReport with(Disagreements.Report disagreements) {
			return new ImportReport(this.id, this.fileName, this.format, this.totalRows, this.acceptedRows,
					this.duplicateRows, this.rejectedRows, this.versionId, this.createdAt, this.finishedAt,
					disagreements);
		}

	}

}
