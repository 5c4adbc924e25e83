package org.alloygan.descriptor.version;

import java.time.Instant;

/**
 * An immutable dataset version: the rows as of observation {@code maxObservationId}.
 *
 * @param newObservations observations added since the previous version (what changed)
 * @param rowDelta rows (alloys) gained since the previous version
 * @param gfaRule how an alloy whose observations report several glass-forming classes gets one in the rows
 */
public record DatasetVersion(long id, long maxObservationId, int rowCount, long observationCount,
		long newObservations, int rowDelta, String sha256, String reason, Instant createdAt, GfaRule gfaRule) {

	public String rowsLink() {
		return "/api/v1/datasets/versions/" + this.id + "/rows";
	}

}
