package org.alloygan.gan.training;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import org.alloygan.gan.dataset.DatasetClient;
import org.alloygan.support.job.Job;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Starts training jobs on request. */
@RestController
class TrainingController {

	private final ModelTraining training;

	private final DatasetClient dataset;

	TrainingController(ModelTraining training, DatasetClient dataset) {
		this.training = training;
		this.dataset = dataset;
	}

	@PostMapping("/api/v1/models/training-jobs")
	ResponseEntity<Map<String, Object>> start(@Valid @RequestBody(required = false) TrainingRequest request) {
		TrainingRequest given = (request != null) ? request : new TrainingRequest(null, null, null, null, null, null, null);
		if (given.datasetVersionId() != null && this.dataset.versionMissing(given.datasetVersionId())) {
			throw new IllegalArgumentException("dataset version " + given.datasetVersionId()
					+ " does not exist (GET /api/v1/datasets/versions lists them)");
		}
		Job job = this.training.start(this.training.plan(given), "requested");
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/jobs/" + job.id()))
			.body(Map.of("jobId", job.id(), "job", "/api/v1/jobs/" + job.id()));
	}

}
