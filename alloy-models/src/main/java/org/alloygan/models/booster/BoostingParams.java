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
	 * Defaults for the property regressors: 200 trees of depth 6. Common settings rather than tuned ones, since the
	 * MMG data cannot rank settings (docs/models.md); the tree count is bounded by the prediction throughput goal.
	 */
	public static BoostingParams regressionDefaults() {
		return new BoostingParams(200, 6, 0.1, 0.8, 0.6, 1, 1, 1);
	}

	/**
	 * Defaults for the glass-forming-ability classifier: 200 rounds of depth-6 trees at learning rate 0.15, from a few
	 * grouped cross-validations on Ward et al. (docs/models.md); deeper or longer runs gained under 0.005 macro-F1 at
	 * two to four times the prediction cost.
	 */
	public static BoostingParams classificationDefaults() {
		return new BoostingParams(200, 6, 0.15, 0.8, 0.6, 1, 1, 1);
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
