package org.alloygan.gateway.job;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;
import org.alloygan.support.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Jobs of every service, for dashboards. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "jobs", description = "Jobs of every service (gateway read model)")
@Validated
class JobController {

	private final JobViews views;

	private final JobStreams streams;

	JobController(JobViews views, JobStreams streams) {
		this.views = views;
		this.streams = streams;
	}

	/** Answers 304 while the job has not changed since the ETag the dashboard holds. */
	@GetMapping("/{id}")
	@Operation(summary = "One job; ETag / If-None-Match answer 304 while nothing changed",
			extensions = @Extension(properties = @ExtensionProperty(name = "x-alloygan-role", value = "viewer")))
	ResponseEntity<JobResponse> get(@PathVariable UUID id, WebRequest request) {
		JobView view = this.views.find(id).orElseThrow(() -> new NotFoundException("job " + id + " does not exist"));
		String etag = "\"" + view.id() + "-" + view.version() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		// no-cache: caches may keep it, but must ask again (cheaply, with the ETag) before using it
		return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(view.toResponse());
	}

	/**
	 * Server-Sent Events: the job's current state at once (event {@code job}, id = its version), then each
	 * change; the stream ends after SUCCEEDED or FAILED.
	 */
	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-Sent Events of one job (event 'job', id = version) until it succeeds or fails",
			extensions = @Extension(properties = @ExtensionProperty(name = "x-alloygan-role", value = "viewer")),
			responses = @ApiResponse(responseCode = "200", description = "the job's state now and after each change",
					content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
							schema = @Schema(implementation = JobResponse.class))))
	SseEmitter events(@PathVariable UUID id) {
		if (this.views.find(id).isEmpty()) {
			throw new NotFoundException("job " + id + " does not exist");
		}
		return this.streams.subscribe(id);
	}

	@GetMapping
	@Operation(summary = "Jobs of every service, newest first, filtered by state, type and creation time",
			extensions = @Extension(properties = @ExtensionProperty(name = "x-alloygan-role", value = "viewer")))
	JobPage list(@RequestParam(required = false) JobState state, @RequestParam(required = false) JobType type,
			@RequestParam(name = "createdAfter", required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) Instant createdAfter,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		Page<JobView> result = this.views.search(state, type, createdAfter,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
		return new JobPage(result.map(JobView::toResponse).getContent(), result.getNumber(), result.getSize(),
				result.getTotalElements(), result.getTotalPages());
	}

	record JobPage(List<JobResponse> content, int page, int size, long totalElements, int totalPages) {
	}

}
