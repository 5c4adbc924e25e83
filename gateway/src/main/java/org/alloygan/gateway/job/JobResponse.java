package org.alloygan.gateway.job;

import java.time.Instant;
import java.util.UUID;

import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;

/** A job in API responses. */
record JobResponse(UUID id, JobType type, JobState state, double progress, String message, String resultLink,
		String service, Instant createdAt, Instant updatedAt) {
}
