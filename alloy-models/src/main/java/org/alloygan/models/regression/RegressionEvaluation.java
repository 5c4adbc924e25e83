package org.alloygan.models.regression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.alloygan.models.booster.Parallel;
import org.alloygan.models.data.Sample;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.validation.GroupedKFold;
import org.alloygan.models.validation.RegressionMetrics;

/**
 * Grouped k-fold cross-validation of a regressor exactly as {@link RegressionTrainer} builds it (calibration folds
 * included, nested inside each training fold), so the reported coverage is that of the intervals a deployed model
 * gives for alloys it has never seen.
 */
public final class RegressionEvaluation {

	private RegressionEvaluation() {
	}

	/**
	 * Runs the cross-validation.
	 * @param samples all samples; those without the target are skipped
	 * @param folds number of outer folds
	 * @param seed seed of the outer folds (calibration folds and trees use the options' seeds)
	 */
	public static RegressionReport evaluate(List<Sample> samples, Target target, int folds, long seed,
			RegressionOptions options) {
		long start = System.nanoTime();
		RegressionTrainer.Rows rows = RegressionTrainer.Rows.of(samples, target, FeatureSet.standard());
		if (rows.size() == 0) {
			throw new IllegalArgumentException("no sample has " + target.label());
		}
		List<String> keys = rows.keys();
		List<GroupedKFold.Fold> split = GroupedKFold.split(keys, folds, seed);
		List<Outcome> outcomes = Parallel.map(options.threads(), split.size(), (f) -> {
			GroupedKFold.Fold fold = split.get(f);
			RegressionModel model = RegressionTrainer.train(rows.subset(fold.train()), target, options).model();
			RegressionTrainer.Rows test = rows.subset(fold.test());
			float[] predicted = model.predict(test.features());
			List<String> families = test.families();
			double[] half = new double[predicted.length];
			for (int i = 0; i < predicted.length; i++) {
				half[i] = model.calibration().halfWidth(families.get(i));
			}
			return new Outcome(fold, predicted, half);
		});
		double[] actual = new double[rows.size()];
		double[] predicted = new double[rows.size()];
		double halfSum = 0;
		int inside = 0;
		List<RegressionMetrics> perFold = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			int[] test = outcome.fold().test();
			double[] foldActual = new double[test.length];
			double[] foldPredicted = new double[test.length];
			for (int i = 0; i < test.length; i++) {
				actual[test[i]] = rows.labels()[test[i]];
				predicted[test[i]] = outcome.predicted()[i];
				foldActual[i] = actual[test[i]];
				foldPredicted[i] = predicted[test[i]];
				halfSum += outcome.halfWidth()[i];
				if (Math.abs(actual[test[i]] - predicted[test[i]]) <= outcome.halfWidth()[i]) {
					inside++;
				}
			}
			perFold.add(RegressionMetrics.of(foldActual, foldPredicted));
		}
		return new RegressionReport(target, RegressionMetrics.of(actual, predicted), perFold,
				inside / (double) rows.size(), options.level(), halfSum / rows.size(), rows.size(),
				new HashSet<>(keys).size(), folds, seed, (System.nanoTime() - start) / 1e9);
	}

	private record Outcome(GroupedKFold.Fold fold, float[] predicted, double[] halfWidth) {
	}

}
