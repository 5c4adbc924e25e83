package org.alloygan.models.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.booster.Parallel;
import org.alloygan.models.booster.TreeModel;
import org.alloygan.models.data.Sample;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.validation.GroupedKFold;

/**
 * Trains a {@link RegressionModel}: one tree model on all samples that have the target, plus
 * {@code calibrationFolds} models on grouped folds whose out-of-fold residuals calibrate the intervals (cross-conformal
 * calibration: every sample is a calibration point, predicted by a model that never saw its alloy). All rows are kept,
 * including repeats of one alloy (the MMG data measure alloys at several heating rates, which the composition cannot
 * explain); the folds keep every repeat on one side. Deterministic for given samples and options.
 */
public final class RegressionTrainer {

	private final FeatureSet features;

	public RegressionTrainer() {
		this(FeatureSet.standard());
	}

	RegressionTrainer(FeatureSet features) {
		this.features = Objects.requireNonNull(features, "features");
	}

	/**
	 * Trains on the samples that have {@code target}.
	 * @throws IllegalArgumentException if fewer alloys than calibration folds have the target
	 */
	public RegressionModel train(List<Sample> samples, Target target, RegressionOptions options) {
		Rows rows = Rows.of(samples, target, this.features);
		return train(rows, target, options).model();
	}

	/** A model and the out-of-fold predictions its intervals were calibrated on. */
	record Trained(RegressionModel model, float[] outOfFold) {
	}

	static Trained train(Rows rows, Target target, RegressionOptions options) {
		List<GroupedKFold.Fold> folds = GroupedKFold.split(rows.keys(), options.calibrationFolds(), options.seed());
		// task 0 is the final model, task f + 1 the model of calibration fold f
		List<TreeModel> models = Parallel.map(options.threads(), folds.size() + 1, (task) -> {
			if (task == 0) {
				return TreeModel.fit(rows.features(), rows.labels(), null, TreeModel.Objective.squaredError(),
						options.params());
			}
			int[] train = folds.get(task - 1).train();
			return TreeModel.fit(rows.features().rows(train), select(rows.labels(), train), null,
					TreeModel.Objective.squaredError(), options.params());
		});
		float[] outOfFold = new float[rows.size()];
		for (GroupedKFold.Fold fold : folds) {
			float[] predicted = models.get(fold.index() + 1).predict(rows.features().rows(fold.test()));
			for (int i = 0; i < fold.test().length; i++) {
				outOfFold[fold.test()[i]] = predicted[i];
			}
		}
		double[] residuals = new double[rows.size()];
		for (int i = 0; i < residuals.length; i++) {
			residuals[i] = Math.abs(rows.labels()[i] - outOfFold[i]);
		}
		Calibration calibration = Calibration.of(options.level(), residuals, rows.families());
		return new Trained(new RegressionModel(target, models.get(0), calibration, rows.size()), outOfFold);
	}

	static float[] select(float[] values, int[] indices) {
		float[] selected = new float[indices.length];
		for (int i = 0; i < indices.length; i++) {
			selected[i] = values[indices[i]];
		}
		return selected;
	}

	/**
	 * The samples that have the target, featurised.
	 */
	record Rows(List<Composition> compositions, FeatureMatrix features, float[] labels) {

		static Rows of(List<Sample> samples, Target target, FeatureSet featureSet) {
			List<Composition> compositions = new ArrayList<>();
			List<Double> values = new ArrayList<>();
			for (Sample sample : samples) {
				Double value = target.value(sample);
				if (value != null) {
					compositions.add(sample.composition());
					values.add(value);
				}
			}
			float[] labels = new float[values.size()];
			for (int i = 0; i < labels.length; i++) {
				labels[i] = values.get(i).floatValue();
			}
			return new Rows(compositions, featureSet.matrix(compositions), labels);
		}

		int size() {
			return this.labels.length;
		}

		List<String> keys() {
			return this.compositions.stream().map(Composition::canonicalKey).toList();
		}

		List<String> families() {
			return this.compositions.stream().map(Composition::baseElement).toList();
		}

		Rows subset(int[] indices) {
			List<Composition> selected = new ArrayList<>(indices.length);
			for (int i : indices) {
				selected.add(this.compositions.get(i));
			}
			return new Rows(selected, this.features.rows(indices), select(this.labels, indices));
		}

	}

}
