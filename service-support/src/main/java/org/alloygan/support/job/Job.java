package org.alloygan.support.job;

import java.time.Instant;
import java.util.UUID;

import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;

/**
 * One job as this service stores it.
 *
 * @param resumed how often another instance took it over after the one running it stopped (at most once)
 */
public record Job(UUID id, JobType type, JobState state, double progress, String message, String resultLink,
		Instant createdAt, Instant updatedAt, int resumed) {
}
