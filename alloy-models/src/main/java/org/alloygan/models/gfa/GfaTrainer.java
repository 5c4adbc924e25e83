package org.alloygan.models.gfa;

import java.util.List;
import java.util.Objects;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.booster.TreeModel;
import org.alloygan.models.data.GfaClass;
import org.alloygan.models.data.GfaSamples;
import org.alloygan.models.data.Sample;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;

/**
 * Trains a {@link GfaModel} on samples with a class, merged to one per alloy first ({@link GfaSamples#byAlloy}).
 * Deterministic for given samples and options.
 */
public final class GfaTrainer {

	private final FeatureSet features;

	public GfaTrainer() {
		this(FeatureSet.standard());
	}

	GfaTrainer(FeatureSet features) {
		this.features = Objects.requireNonNull(features, "features");
	}

	/**
	 * Trains on the samples that have a class.
	 * @throws IllegalArgumentException if no sample has a class
	 */
	public GfaModel train(List<Sample> samples, GfaOptions options) {
		Alloys alloys = Alloys.of(samples, this.features);
		return fit(alloys.features(), alloys.classes(), options);
	}

	/**
	 * Trains on features already computed, one row per alloy, with its class number ({@link GfaClass#ordinal()}): for
	 * cross-validation and for experiments with other feature columns.
	 * @throws IllegalArgumentException if there are no rows
	 */
	public static GfaModel fit(FeatureMatrix features, int[] classes, GfaOptions options) {
		if (classes.length == 0) {
			throw new IllegalArgumentException("no sample has a glass-forming class");
		}
		float[] labels = new float[classes.length];
		int[] counts = new int[GfaModel.CLASSES];
		for (int i = 0; i < classes.length; i++) {
			labels[i] = classes[i];
			counts[classes[i]]++;
		}
		float[] weights = null;
		if (options.balanced()) {
			int present = 0;
			for (int count : counts) {
				present += (count > 0) ? 1 : 0;
			}
			weights = new float[classes.length];
			for (int i = 0; i < classes.length; i++) {
				// n / (classes present × count): mean weight 1, each class the same total weight
				weights[i] = (float) (classes.length / ((double) present * counts[classes[i]]));
			}
		}
		TreeModel trees = TreeModel.fit(features, labels, weights, TreeModel.Objective.softmax(GfaModel.CLASSES),
				options.params());
		return new GfaModel(trees, classes.length);
	}

	/** One row per alloy with its class number ({@link GfaClass#ordinal()}). */
	record Alloys(List<Composition> compositions, FeatureMatrix features, int[] classes) {

		static Alloys of(List<Sample> samples, FeatureSet featureSet) {
			List<Sample> merged = GfaSamples.byAlloy(samples);
			List<Composition> compositions = merged.stream().map(Sample::composition).toList();
			int[] classes = merged.stream().mapToInt((s) -> s.gfa().ordinal()).toArray();
			return new Alloys(compositions, featureSet.matrix(compositions), classes);
		}

		static int[] select(int[] values, int[] indices) {
			int[] selected = new int[indices.length];
			for (int i = 0; i < indices.length; i++) {
				selected[i] = values[indices[i]];
			}
			return selected;
		}

	}

}
