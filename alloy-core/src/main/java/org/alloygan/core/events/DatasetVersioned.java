package org.alloygan.core.events;

import java.time.Instant;

/**
 * A new immutable dataset version exists (descriptor -> gan, on {@link Topics#DATASET_VERSIONED}).
 *
 * @param versionId the version; its rows are served at {@code rowsLink}
 * @param rowCount alloys (aggregated rows) in the version
 * @param observationCount observations behind those rows
 * @param newObservations observations added since the previous version
 * @param sha256 checksum of the version's canonical CSV
 * @param reason why it was cut (import, observations threshold, explicit request)
 */
public record DatasetVersioned(java.util.UUID eventId, Instant occurredAt, long versionId, int rowCount,
		long observationCount, long newObservations, String sha256, String reason, String rowsLink) {
}
