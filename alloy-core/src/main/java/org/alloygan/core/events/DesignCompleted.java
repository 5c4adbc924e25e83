package org.alloygan.core.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A design job finished with screened candidates (gan -> feedback, on {@link Topics#DESIGNS_COMPLETED},
 * keyed by design id). feedback-service keeps the candidates so that measurements of them can be checked
 * against what was predicted, without calling gan-service.
 *
 * @param generatorModelId the CGAN model version that generated the candidates
 * @param surrogateModelId the surrogate model version that predicted their properties, null when none was
 * active
 * @param classifierModelId the GFA classifier version that predicted their glass-forming class, null when none was
 * active (and in events from before the classifier existed)
 */
public record DesignCompleted(UUID eventId, Instant occurredAt, UUID designId, UUID generatorModelId,
		UUID surrogateModelId, List<Candidate> candidates, UUID classifierModelId) {

	/** An event without a GFA classifier (the form before the classifier existed). */
	public DesignCompleted(UUID eventId, Instant occurredAt, UUID designId, UUID generatorModelId,
			UUID surrogateModelId, List<Candidate> candidates) {
		this(eventId, occurredAt, designId, generatorModelId, surrogateModelId, candidates, null);
	}

	/**
	 * @param atomicPercent the composition, at.% in 0.1 steps summing to 100
	 * @param predicted keyed by {@code Tg_K, Tx_K, Tl_K, Trg, gamma, dTx_K}; empty when no surrogate was
	 * active
	 * @param gfa predicted glass-forming class probabilities, null when no classifier was active
	 */
	public record Candidate(UUID candidateId, int rank, Map<String, Double> atomicPercent,
			Map<String, Prediction> predicted, Gfa gfa) {

		/** A candidate without GFA probabilities (the form before the classifier existed). */
		public Candidate(UUID candidateId, int rank, Map<String, Double> atomicPercent,
				Map<String, Prediction> predicted) {
			this(candidateId, rank, atomicPercent, predicted, null);
		}

	}

	/**
	 * Predicted glass-forming class probabilities of a candidate.
	 *
	 * @param noGlass P(no glass)
	 * @param ribbon P(glassy only as a melt-spun ribbon)
	 * @param bmg P(bulk metallic glass)
	 * @param glass P(ribbon) + P(BMG)
	 */
	public record Gfa(double noGlass, double ribbon, double bmg, double glass) {
	}

	/** A predicted value with its uncertainty interval (null bounds when the model gives none). */
	public record Prediction(double value, Double lower, Double upper) {
	}

}
