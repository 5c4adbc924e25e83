/**
 * The one place that talks to XGBoost4J: gradient-boosted tree models ({@link org.alloygan.models.booster.TreeModel})
 * trained single-threaded and deterministically, their hyper-parameters
 * ({@link org.alloygan.models.booster.BoostingParams}) and their bytes for model files.
 */
package org.alloygan.models.booster;
