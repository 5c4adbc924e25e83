package org.alloygan.gan.design;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted.Prediction;
import org.alloygan.models.GfaProbabilities;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;

/**
 * Predicts Tg/Tx/Tl/Trg/γ/ΔTx (active surrogate) and the glass-forming class probabilities (active GFA classifier)
 * of candidates for screening. Empty when neither model is active; either part is absent (null id) when its model is
 * not: the design then says what its candidates were not screened on, rather than inventing numbers.
 */
public interface PropertyPredictor {

	/**
	 * The models serving now, held by the caller for as long as it screens: every round of a design is screened by the
	 * same model versions (a promotion in between does not mix them), and the registry is asked once per design.
	 * Empty when neither a surrogate nor a classifier is active.
	 */
	Optional<Models> serving();

	/** A fixed pair of serving models (either may be absent, not both). */
	interface Models {

		/** The surrogate, null when none is active. */
		UUID surrogateId();

		/** The GFA classifier, null when none is active. */
		UUID classifierId();

		/** Why the surrogate's numbers deserve little trust (a low held-out score), or null. */
		String surrogateCaution();

		/**
		 * Features of candidates for {@link #values}: computed once, then narrowed with
		 * {@link FeatureMatrix#rows} as a screen drops candidates.
		 * @throws IllegalArgumentException if a candidate cannot be featurised ({@link FeatureSet#supports})
		 */
		FeatureMatrix features(List<Composition> candidates);

		/**
		 * Point values of one property (no interval, no GFA class), one per row of {@code features}: a first screen of
		 * many candidates needs only the properties a request targets, one after the other on what is left.
		 * @param property a key as in {@link Predictions#values()}
		 * @return the values, or null when no surrogate is active or it does not model {@code property}
		 */
		float[] values(String property, FeatureMatrix features);

		/** Every property with its interval and the GFA class probabilities, per candidate in candidate order. */
		Predictions predict(List<Composition> candidates);

	}

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

}
