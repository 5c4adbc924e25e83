package org.alloygan.models.gfa;

import org.alloygan.models.booster.BoostingParams;
import org.alloygan.models.booster.Parallel;

/**
 * How to train the classifier.
 *
 * @param params tree hyper-parameters
 * @param balanced weight each alloy by the inverse frequency of its class, so that the rarer classes (BMG, no glass)
 * are not traded away for the common one (ribbon); this serves macro-F1, which counts every class equally
 * @param threads threads for the fits (cross-validation folds run in parallel)
 */
public record GfaOptions(BoostingParams params, boolean balanced, int threads) {

	public GfaOptions {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be positive, was " + threads);
		}
	}

	/** Default parameters, balanced classes, all processors. */
	public static GfaOptions defaults() {
		return new GfaOptions(BoostingParams.classificationDefaults(), true, Parallel.defaultThreads());
	}

	/** The same options with another tree seed. */
	public GfaOptions withSeed(long seed) {
		return new GfaOptions(this.params.withSeed(seed), this.balanced, this.threads);
	}

	/** The same options with another thread count. */
	public GfaOptions withThreads(int threads) {
		return new GfaOptions(this.params, this.balanced, threads);
	}

}
