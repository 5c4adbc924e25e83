package org.alloygan.models.regression;

import java.util.List;

import org.alloygan.models.validation.RegressionMetrics;

/**
 * Result of a grouped cross-validation of one target.
 *
 * @param target the evaluated property
 * @param metrics over all out-of-fold predictions pooled (each row predicted by the model of the fold that held out its
 * alloy)
 * @param foldMetrics per fold
 * @param coverage share of held-out measurements inside their predicted interval
 * @param level the intervals' intended coverage
 * @param meanHalfWidth mean half-width of the held-out intervals, in the target's unit
 * @param rows samples with the target
 * @param alloys distinct canonical compositions among them
 * @param folds number of folds
 * @param seed fold seed
 * @param seconds wall-clock time of the whole evaluation
 */
public record RegressionReport(Target target, RegressionMetrics metrics, List<RegressionMetrics> foldMetrics,
		double coverage, double level, double meanHalfWidth, int rows, int alloys, int folds, long seed,
		double seconds) {

	public RegressionReport {
		foldMetrics = List.copyOf(foldMetrics);
	}

}
