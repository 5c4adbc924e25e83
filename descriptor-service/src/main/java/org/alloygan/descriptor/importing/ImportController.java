package org.alloygan.descriptor.importing;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.alloygan.support.job.Job;
import org.alloygan.support.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk CSV import of the dataset (formula or wide form), as a job. */
@RestController
class ImportController {

	private final DatasetImports imports;

	private final Disagreements disagreements;

	ImportController(DatasetImports imports, Disagreements disagreements) {
		this.imports = imports;
		this.disagreements = disagreements;
	}

	@PostMapping(path = "/api/v1/datasets/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw new IllegalArgumentException("the uploaded file is empty");
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload.csv";
		Job job = this.imports.queue(name, file.getBytes());
		this.imports.startAsync(job.id());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/datasets/imports/" + job.id()))
			.body(Map.of("importId", job.id(), "jobId", job.id(), "job", "/api/v1/jobs/" + job.id(), "report",
					"/api/v1/datasets/imports/" + job.id()));
	}

	@GetMapping("/api/v1/datasets/imports/{id}")
	ImportReport report(@PathVariable UUID id) {
		ImportReport.Row row = this.imports.report(id)
			.orElseThrow(() -> new NotFoundException("import " + id + " does not exist"));
		return new ImportReport(row, (row.finishedAt() != null) ? this.disagreements.of(id) : null);
	}

}
