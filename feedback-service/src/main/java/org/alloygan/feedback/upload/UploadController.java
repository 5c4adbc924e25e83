package org.alloygan.feedback.upload;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.alloygan.feedback.measurement.SubmissionResult;
import org.alloygan.support.job.Job;
import org.alloygan.support.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Measurements as a CSV file (multipart field {@code file}), processed as a job with a per-row report. */
@RestController
@Validated
class UploadController {

	private final MeasurementUploads uploads;

	UploadController(MeasurementUploads uploads) {
		this.uploads = uploads;
	}

	@PostMapping(path = "/api/v1/measurements/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw new IllegalArgumentException("the uploaded file is empty");
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "measurements.csv";
		Job job = this.uploads.queue(name, file.getBytes());
		this.uploads.startAsync(job.id());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/measurements/uploads/" + job.id()))
			.body(MeasurementUploads.links(job.id()));
	}

	/** The report; {@code status} narrows the rows to ACCEPTED, DUPLICATE or REJECTED ones. */
	@GetMapping("/api/v1/measurements/uploads/{id}")
	UploadReport report(@PathVariable UUID id, @RequestParam(required = false) SubmissionResult.Status status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int size) {
		return this.uploads.report(id, status, page, size)
			.orElseThrow(() -> new NotFoundException("upload " + id + " does not exist"));
	}

}
