package org.alloygan.gan.design;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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

	/**
	 * 202 with the job; the same Idempotency-Key returns the design made the first time. With {@code Prefer: wait=N}
	 * (RFC 7240), the response waits up to N seconds (at most 60) for the design: 201 with the finished design when it
	 * is done in time, else the 202.
	 */
	@PostMapping("/api/v1/designs")
	ResponseEntity<?> design(@Valid @RequestBody DesignRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestHeader(name = "Prefer", required = false) String prefer) {
		Designs.Accepted accepted = this.designs.submit(request, idempotencyKey);
		URI location = URI.create("/api/v1/designs/" + accepted.id());
		Optional<Duration> wait = WaitPreference.of(prefer);
		if (wait.isPresent()) {
			Optional<DesignView> design = this.designs.await(accepted.id(), wait.get()).filter(DesignView::finished);
			if (design.isPresent()) {
				return ResponseEntity.created(location).body(design.get());
			}
		}
		return ResponseEntity.accepted()
			.location(location)
			.body(Map.of("designId", accepted.id(), "jobId", accepted.id(), "job", "/api/v1/jobs/" + accepted.id(),
					"design", location.toString(), "repeated", accepted.repeated()));
	}

	/** The design as it stands; with {@code Prefer: wait=N}, once it has finished or after N seconds (at most 60). */
	@GetMapping("/api/v1/designs/{id}")
	DesignView get(@PathVariable UUID id, @RequestHeader(name = "Prefer", required = false) String prefer) {
		Optional<Duration> wait = WaitPreference.of(prefer).filter((w) -> this.designs.exists(id));
		Optional<DesignView> design = wait.isPresent() ? this.designs.await(id, wait.get()) : this.designs.get(id);
		return design.orElseThrow(() -> new NotFoundException("design " + id + " does not exist"));
	}

}
