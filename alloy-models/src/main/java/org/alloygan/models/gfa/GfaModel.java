package org.alloygan.models.gfa;

import java.util.Objects;

import org.alloygan.models.booster.TreeModel;
import org.alloygan.models.data.GfaClass;
import org.alloygan.models.features.FeatureMatrix;

/**
 * A trained classifier: probabilities of {@link GfaClass#NO_GLASS}, {@link GfaClass#RIBBON} and {@link GfaClass#BMG}
 * (in that order, summing to 1) per composition. The binary glass / no-glass answer is P(ribbon) + P(BMG), from the
 * same model, so the two tasks can never contradict each other. Thread-safe.
 */
public final class GfaModel {

	/** Number of classes. */
	public static final int CLASSES = GfaClass.values().length;

	private final TreeModel trees;

	private final int trainingAlloys;

	public GfaModel(TreeModel trees, int trainingAlloys) {
		this.trees = Objects.requireNonNull(trees, "trees");
		if (trees.outputs() != CLASSES) {
			throw new IllegalArgumentException("a GFA model needs " + CLASSES + " outputs, has " + trees.outputs());
		}
		this.trainingAlloys = trainingAlloys;
	}

	/** The tree model, for model files. */
	public TreeModel trees() {
		return this.trees;
	}

	/** Distinct alloys trained on. */
	public int trainingAlloys() {
		return this.trainingAlloys;
	}

	/** {@code rows × 3} probabilities, row-major, class order of {@link GfaClass}. */
	public float[] probabilities(FeatureMatrix features) {
		return this.trees.predict(features);
	}

	/** The most probable of the three classes for row {@code row} of {@link #probabilities}. */
	public static GfaClass mostLikely(float[] probabilities, int row) {
		int best = 0;
		for (int c = 1; c < CLASSES; c++) {
			if (probabilities[row * CLASSES + c] > probabilities[row * CLASSES + best]) {
				best = c;
			}
		}
		return GfaClass.values()[best];
	}

	/** P(glass) = P(ribbon) + P(BMG) for row {@code row} of {@link #probabilities}. */
	public static double glassProbability(float[] probabilities, int row) {
		return probabilities[row * CLASSES + GfaClass.RIBBON.ordinal()]
				+ probabilities[row * CLASSES + GfaClass.BMG.ordinal()];
	}

}
