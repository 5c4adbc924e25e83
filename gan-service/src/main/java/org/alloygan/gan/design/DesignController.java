package org.alloygan.gan.design;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.alloygan.support.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Inverse design: target properties in, screened candidate compositions out (as a job). */
@RestController
class DesignController {

	private final Designs designs;

	DesignController(Designs designs) {
		this.designs = designs;
	}

	/** 202 with the job; the same Idempotency-Key returns the design made the first time. */
	@PostMapping("/api/v1/designs")
	ResponseEntity<Map<String, Object>> design(@Valid @RequestBody DesignRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Designs.Accepted accepted = this.designs.submit(request, idempotencyKey);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/designs/" + accepted.id()))
			.body(Map.of("designId", accepted.id(), "jobId", accepted.id(), "job", "/api/v1/jobs/" + accepted.id(),
					"design", "/api/v1/designs/" + accepted.id(), "repeated", accepted.repeated()));
	}

	@GetMapping("/api/v1/designs/{id}")
	DesignView get(@PathVariable UUID id) {
		return this.designs.get(id).orElseThrow(() -> new NotFoundException("design " + id + " does not exist"));
	}

}
