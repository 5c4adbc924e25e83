package org.alloygan.mining.record;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.alloygan.mining.document.Documents;
import org.alloygan.support.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/documents/{id}/records}: what was extracted from a document, rejected ones included. */
@RestController
class RecordController {

	private static final Set<String> STATUSES = Set.of("ACCEPTED", "REJECTED", "DUPLICATE");

	private final Records records;

	private final Documents documents;

	RecordController(Records records, Documents documents) {
		this.records = records;
		this.documents = documents;
	}

	@GetMapping("/api/v1/documents/{id}/records")
	List<RecordView> records(@PathVariable UUID id, @RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "jobId", required = false) UUID jobId) {
		if (!this.documents.exists(id)) {
			throw new NotFoundException("document " + id + " does not exist");
		}
		String wanted = (status != null) ? status.toUpperCase(Locale.ROOT) : null;
		if (wanted != null && !STATUSES.contains(wanted)) {
			throw new IllegalArgumentException("status must be one of " + STATUSES + ", was '" + status + "'");
		}
		return this.records.ofDocument(id, wanted, jobId);
	}

}
