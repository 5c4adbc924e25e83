package org.alloygan.gan.design;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted.Prediction;
import org.alloygan.models.GfaProbabilities;

/**
 * Predicts Tg/Tx/Tl/Trg/γ/ΔTx (active surrogate) and the glass-forming class probabilities (active GFA classifier)
 * of candidates for screening. Empty when neither model is active; either part is absent (null id) when its model is
 * not: the design then says what its candidates were not screened on, rather than inventing numbers.
 */
public interface PropertyPredictor {

	/**
	 * Predictions per candidate, in candidate order.
	 *
	 * @param modelId the surrogate that predicted the properties, null when none is active
	 * @param values per candidate, keys Tg_K, Tx_K, Tl_K, Trg, gamma, dTx_K; empty maps when no surrogate is active
	 * @param classifierModelId the GFA classifier that predicted the class probabilities, null when none is active
	 * @param gfa per candidate, the class probabilities; null entries when no classifier is active (or the candidate
	 * cannot be featurised)
	 */
	record Predictions(UUID modelId, List<Map<String, Prediction>> values, UUID classifierModelId,
			List<GfaProbabilities> gfa) {

		/** Properties only (no classifier). */
		public Predictions(UUID modelId, List<Map<String, Prediction>> values) {
			this(modelId, values, null, java.util.Collections.nCopies(values.size(), null));
		}

		/** Whether properties were predicted. */
		public boolean properties() {
			return this.modelId != null;
		}

		/** Whether glass-forming probabilities were predicted. */
		public boolean glass() {
			return this.classifierModelId != null;
		}

	}

	Optional<Predictions> predict(List<Composition> candidates);

	/**
	 * Like {@link #predict(List)}, but only the named properties (keys as above) and no GFA class: a first screen of
	 * many candidates needs only the properties that a request targets.
	 */
	Optional<Predictions> predict(List<Composition> candidates, Set<String> properties);

}
