package org.alloygan.core.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A job changed state (published on {@link Topics#JOBS}, keyed by job id so one job's events stay ordered).
 *
 * @param eventId unique per event, consumers use it to drop duplicates
 * @param occurredAt when the state change was committed in the producing service
 * @param jobId the job, unique across services
 * @param type what kind of work
 * @param state the new state
 * @param progress 0..1; 1 once succeeded
 * @param message human-readable status, or the failure reason when failed
 * @param resultLink API path of the result once succeeded (e.g. {@code /api/v1/datasets/imports/{id}})
 * @param producer the service that owns the job
 * @param resumed how often the job was taken over by another instance after the one running it stopped (0 or 1;
 * 0 in events from producers older than this field): a QUEUED event with a higher count than the last one seen is a
 * takeover, not a stale replay
 */
public record JobEvent(UUID eventId, Instant occurredAt, UUID jobId, JobType type, JobState state, double progress,
		String message, String resultLink, String producer, int resumed) {

	public JobEvent {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(jobId, "jobId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(producer, "producer");
		if (!(progress >= 0.0 && progress <= 1.0)) {
			throw new IllegalArgumentException("progress must be within 0..1, was " + progress);
		}
	}

}
