package org.alloygan.feedback.candidate;

import java.util.Map;
import java.util.UUID;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted.Prediction;

/**
 * A design candidate as feedback-service keeps it.
 *
 * @param predicted keyed by {@code Tg_K, Tx_K, Tl_K, Trg, gamma, dTx_K}; empty when no surrogate was active
 * @param surrogateModelId the model version that made {@code predicted}, null when none was active
 */
public record Candidate(UUID id, UUID designId, int rank, Composition composition, Map<String, Prediction> predicted,
		UUID generatorModelId, UUID surrogateModelId) {
}
