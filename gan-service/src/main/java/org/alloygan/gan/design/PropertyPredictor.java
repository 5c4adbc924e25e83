package org.alloygan.gan.design;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted.Prediction;

/**
 * Predicts Tg/Tx/Tl/Trg/γ/ΔTx of candidates for screening. Empty when no surrogate model is active: the
 * design then says that its candidates are unscreened by properties, rather than inventing numbers.
 */
public interface PropertyPredictor {

	/** Predictions per candidate (keys Tg_K, Tx_K, Tl_K, Trg, gamma, dTx_K) and the model that made them. */
	record Predictions(UUID modelId, List<Map<String, Prediction>> values) {
	}

	Optional<Predictions> predict(List<Composition> candidates);

	/**
	 * Like {@link #predict(List)}, but only the named properties (keys as above): a first screen of many candidates
	 * needs only the properties that a request targets.
	 */
	Optional<Predictions> predict(List<Composition> candidates, Set<String> properties);

}
