package org.alloygan.gateway.job;

import java.time.Instant;
import java.util.UUID;

import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;

/**
 * A job in API responses.
 *
 * @param resumed how often another instance took the job over after the one running it stopped (0 or 1); its
 * progress then starts again from what had been committed
 */
record JobResponse(UUID id, JobType type, JobState state, double progress, String message, String resultLink,
		String service, Instant createdAt, Instant updatedAt, int resumed) {
}
