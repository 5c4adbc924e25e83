/**
 * The numeric features every model is trained on: composition descriptors plus the mole fraction of each element of a
 * fixed vocabulary ({@link org.alloygan.models.features.FeatureSet}), laid out as a dense row-major matrix
 * ({@link org.alloygan.models.features.FeatureMatrix}) for batch prediction.
 */
package org.alloygan.models.features;
