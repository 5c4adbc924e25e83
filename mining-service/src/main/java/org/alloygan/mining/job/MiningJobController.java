package org.alloygan.mining.job;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alloygan.support.job.Job;
import org.alloygan.support.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/mining-jobs} (202 + job) and {@code GET /api/v1/mining-jobs/{id}} (the report). */
@RestController
class MiningJobController {

	private final MiningJobs jobs;

	MiningJobController(MiningJobs jobs) {
		this.jobs = jobs;
	}

	/** Which documents, read by which extractor (the configured default when null). */
	record MiningJobRequest(List<UUID> documentIds, String extractor) {
	}

	@PostMapping("/api/v1/mining-jobs")
	ResponseEntity<Map<String, Object>> start(@RequestBody MiningJobRequest request) {
		Job job = this.jobs.queue(request.documentIds(), request.extractor());
		this.jobs.startAsync(job.id());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/mining-jobs/" + job.id()))
			.body(Map.of("jobId", job.id(), "state", job.state().name(), "job", "/api/v1/jobs/" + job.id(), "report",
					"/api/v1/mining-jobs/" + job.id()));
	}

	@GetMapping("/api/v1/mining-jobs/{id}")
	MiningJobReport report(@PathVariable UUID id) {
		return this.jobs.report(id).orElseThrow(() -> new NotFoundException("mining job " + id + " does not exist"));
	}

}
