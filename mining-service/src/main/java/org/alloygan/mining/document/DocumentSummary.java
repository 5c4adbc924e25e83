package org.alloygan.mining.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored document, as the API shows it.
 *
 * @param duplicate true when this upload had the same bytes as a document already stored (that one is
 * returned, nothing new is stored)
 * @param warnings what a reader of the document should know (no text found in a PDF), may be empty
 */
public record DocumentSummary(UUID id, String sha256, String fileName, String mediaType, String title, String doi,
		Integer year, long sizeBytes, int pages, int passages, int characters, Instant createdAt, boolean duplicate,
		List<String> warnings) {

	DocumentSummary asDuplicate() {
		return new DocumentSummary(this.id, this.sha256, this.fileName, this.mediaType, this.title, this.doi, this.year,
				this.sizeBytes, this.pages, this.passages, this.characters, this.createdAt, true, this.warnings);
	}

}
