package org.alloygan.core.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A model version was trained (gan -> anyone, on {@link Topics#MODEL_TRAINED}).
 *
 * @param kind CGAN, GAN, GAN_PLUS, SURROGATE or GFA_CLASSIFIER
 * @param active whether it was promoted to the active model of its kind
 */
public record ModelTrained(UUID eventId, Instant occurredAt, UUID modelId, String kind, long datasetVersionId,
		Map<String, Double> metrics, boolean active) {
}
