package org.alloygan.models.regression;

import org.alloygan.models.booster.BoostingParams;
import org.alloygan.models.booster.Parallel;

/**
 * How to train a regressor.
 *
 * @param params tree hyper-parameters
 * @param calibrationFolds grouped folds for the out-of-fold residuals the intervals are calibrated on (each costs one
 * extra fit)
 * @param level intended coverage of the intervals
 * @param seed seed of the calibration folds (the trees use {@code params.seed()})
 * @param threads threads for the fits
 */
public record RegressionOptions(BoostingParams params, int calibrationFolds, double level, long seed, int threads) {

	public RegressionOptions {
		if (calibrationFolds < 2) {
			throw new IllegalArgumentException("calibrationFolds must be at least 2, was " + calibrationFolds);
		}
		if (!(level > 0 && level < 1)) {
			throw new IllegalArgumentException("level must be in (0, 1), was " + level);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be positive, was " + threads);
		}
	}

	/** Default parameters, 5 calibration folds, 90 % intervals, seed 1, all processors. */
	public static RegressionOptions defaults() {
		return new RegressionOptions(BoostingParams.regressionDefaults(), 5, 0.9, 1, Parallel.defaultThreads());
	}

	/** The same options with another seed for the folds and the trees. */
	public RegressionOptions withSeed(long seed) {
		return new RegressionOptions(this.params.withSeed(seed), this.calibrationFolds, this.level, seed, this.threads);
	}

	/** The same options with another thread count. */
	public RegressionOptions withThreads(int threads) {
		return new RegressionOptions(this.params, this.calibrationFolds, this.level, this.seed, threads);
	}

}
