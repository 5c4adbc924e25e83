package org.alloygan.models.gfa;

import org.alloygan.models.validation.ClassificationMetrics;

/**
 * Result of a grouped cross-validation of the classifier, per alloy.
 *
 * @param threeClass no glass / ribbon / BMG, predicted as the most probable class
 * @param binary no glass / glass, predicted as glass when P(ribbon) + P(BMG) ≥ 0.5
 * @param rows samples with a class before merging repeats
 * @param alloys distinct alloys evaluated
 * @param folds number of folds
 * @param seed fold seed
 * @param seconds wall-clock time of the whole evaluation
 */
public record GfaReport(ClassificationMetrics threeClass, ClassificationMetrics binary, int rows, int alloys,
		int folds, long seed, double seconds) {
}
