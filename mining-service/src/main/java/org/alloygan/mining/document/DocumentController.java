package org.alloygan.mining.document;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.alloygan.support.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/documents}: a file (PDF, HTML, text) as multipart, or JSON with the text and its
 * metadata. 201 for a new document, 200 with {@code duplicate: true} for bytes already stored. Listed newest first,
 * read one at a time with its passages.
 */
@RestController
@Validated
class DocumentController {

	private final Documents documents;

	DocumentController(Documents documents) {
		this.documents = documents;
	}

	/** A document given as JSON. */
	record DocumentJson(String text, String fileName, String title, String doi, Integer year) {
	}

	@PostMapping(path = "/api/v1/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentSummary> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "doi", required = false) String doi,
			@RequestParam(name = "year", required = false) Integer year) throws IOException {
		DocumentMetadata metadata = DocumentMetadata.of(title, doi, year);
		return respond(this.documents.store(file.getOriginalFilename(), file.getContentType(), file.getBytes(),
				metadata));
	}

	@PostMapping(path = "/api/v1/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DocumentSummary> create(@RequestBody DocumentJson body) {
		if (body.text() == null || body.text().isBlank()) {
			throw new IllegalArgumentException("'text' is required and must not be blank");
		}
		DocumentMetadata metadata = DocumentMetadata.of(body.title(), body.doi(), body.year());
		return respond(this.documents.store(body.fileName(), "text/plain", body.text().getBytes(StandardCharsets.UTF_8),
				metadata));
	}

	record DocumentPage(List<DocumentSummary> content, int page, int size, long totalElements) {
	}

	/** The stored documents, newest first: what a curator picks from to mine. */
	@GetMapping("/api/v1/documents")
	DocumentPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		return new DocumentPage(this.documents.list(size, (long) page * size), page, size, this.documents.count());
	}

	@GetMapping("/api/v1/documents/{id}")
	DocumentSummary get(@PathVariable UUID id) {
		return this.documents.get(id).orElseThrow(() -> new NotFoundException("document " + id + " does not exist"));
	}

	@GetMapping("/api/v1/documents/{id}/passages")
	List<PassageView> passages(@PathVariable UUID id) {
		if (!this.documents.exists(id)) {
			throw new NotFoundException("document " + id + " does not exist");
		}
		return this.documents.passageViews(id);
	}

	private static ResponseEntity<DocumentSummary> respond(DocumentSummary summary) {
		URI location = URI.create("/api/v1/documents/" + summary.id());
		return summary.duplicate() ? ResponseEntity.status(HttpStatus.OK).location(location).body(summary)
				: ResponseEntity.created(location).body(summary);
	}

}
