package org.alloygan.gan.model;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A trained model with its provenance: the dataset version it learned from, hyper-parameters, seed,
 * metrics (and metric curves), and the artifact with its checksum.
 */
public record ModelVersion(UUID id, String kind, long datasetVersionId, UUID trainingJobId, long seed,
		@JsonRawValue String hyperParameters, @JsonRawValue String metrics, @JsonRawValue String curves,
		@JsonRawValue String dataRanges, String artifactPath, String artifactSha256, boolean active, Instant createdAt,
		Instant promotedAt) {
}
