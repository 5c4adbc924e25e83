package org.alloygan.models.regression;

import java.util.Objects;

import org.alloygan.models.booster.TreeModel;
import org.alloygan.models.features.FeatureMatrix;

/**
 * A trained regressor for one {@link Target}: point predictions from a tree model, intervals from its
 * {@link Calibration}. Thread-safe.
 */
public final class RegressionModel {

	private final Target target;

	private final TreeModel trees;

	private final Calibration calibration;

	private final int trainingRows;

	public RegressionModel(Target target, TreeModel trees, Calibration calibration, int trainingRows) {
		this.target = Objects.requireNonNull(target, "target");
		this.trees = Objects.requireNonNull(trees, "trees");
		this.calibration = Objects.requireNonNull(calibration, "calibration");
		this.trainingRows = trainingRows;
	}

	public Target target() {
		return this.target;
	}

	/** The tree model, for model files. */
	public TreeModel trees() {
		return this.trees;
	}

	public Calibration calibration() {
		return this.calibration;
	}

	/** Rows the model was trained on. */
	public int trainingRows() {
		return this.trainingRows;
	}

	/** Point predictions, one per row. */
	public float[] predict(FeatureMatrix features) {
		return this.trees.predict(features);
	}

	/** The interval around a point prediction for an alloy of the given family (base element). */
	public Estimate estimate(double value, String family) {
		double half = this.calibration.halfWidth(family);
		return new Estimate(value, value - half, value + half, this.calibration.level());
	}

}
