package org.alloygan.models.booster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of one gradient-boosted tree model (XGBoost names in brackets); stored with every model file as
 * provenance.
 *
 * @param rounds boosting rounds, i.e. trees per output ({@code num_boost_round})
 * @param maxDepth depth of each tree ({@code max_depth})
 * @param eta learning rate ({@code eta})
 * @param subsample share of rows drawn for each tree ({@code subsample})
 * @param columnSample share of columns drawn for each tree ({@code colsample_bytree})
 * @param minChildWeight smallest hessian sum in a leaf ({@code min_child_weight})
 * @param lambda L2 penalty on leaf weights ({@code lambda})
 * @param seed random seed for the row and column sampling ({@code seed})
 */
public record BoostingParams(int rounds, int maxDepth, double eta, double subsample, double columnSample,
		double minChildWeight, double lambda, long seed) {

	public BoostingParams {
		if (rounds < 1 || maxDepth < 1 || !(eta > 0) || !(subsample > 0 && subsample <= 1)
				|| !(columnSample > 0 && columnSample <= 1) || minChildWeight < 0 || lambda < 0) {
			throw new IllegalArgumentException("invalid boosting parameters " + this);
		}
	}

	/**
	 * Defaults for the property regressors: 100 trees of depth 6 at learning rate 0.15. The tree count is bounded by
	 * the prediction throughput goal (every tree costs about 15 ns per composition); against 200 trees at 0.1, grouped
	 * 5-fold R² moved by less than seed-to-seed scatter on Ward et al.'s ΔTx (0.688 vs 0.691, three seeds) and on the
	 * MMG file (docs/benchmarks.md), which cannot rank settings by itself (docs/models.md).
	 */
	public static BoostingParams regressionDefaults() {
		return new BoostingParams(100, 6, 0.15, 0.8, 0.6, 1, 1, 1);
	}

	/**
	 * Defaults for the glass-forming-ability classifier: 100 rounds of depth-6 trees at learning rate 0.3, from a few
	 * grouped cross-validations on Ward et al. (docs/models.md): 200 rounds at 0.15 scored 0.001 macro-F1 higher on
	 * average over four fold seeds at twice the prediction cost; deeper or longer runs gained under 0.005.
	 */
	public static BoostingParams classificationDefaults() {
		return new BoostingParams(100, 6, 0.3, 0.8, 0.6, 1, 1, 1);
	}

	/** The same parameters with another seed. */
	public BoostingParams withSeed(long seed) {
		return new BoostingParams(this.rounds, this.maxDepth, this.eta, this.subsample, this.columnSample,
				this.minChildWeight, this.lambda, seed);
	}

	/** The same parameters with another number of rounds. */
	public BoostingParams withRounds(int rounds) {
		return new BoostingParams(rounds, this.maxDepth, this.eta, this.subsample, this.columnSample,
				this.minChildWeight, this.lambda, this.seed);
	}

	/** As XGBoost parameters (without the objective and the thread count). */
	Map<String, Object> xgboost() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("tree_method", "hist");
		params.put("max_depth", this.maxDepth);
		params.put("eta", this.eta);
		params.put("subsample", this.subsample);
		params.put("colsample_bytree", this.columnSample);
		params.put("min_child_weight", this.minChildWeight);
		params.put("lambda", this.lambda);
		// XGBoost takes a 32-bit seed; fold the long in so that every bit matters
		params.put("seed", (int) (this.seed ^ (this.seed >>> 32)));
		return params;
	}

}
