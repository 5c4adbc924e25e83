package org.alloygan.models.gfa;

import java.util.Arrays;
import java.util.List;

import org.alloygan.models.booster.Parallel;
import org.alloygan.models.data.GfaClass;
import org.alloygan.models.data.Sample;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.validation.ClassificationMetrics;
import org.alloygan.models.validation.GroupedKFold;

/**
 * Grouped k-fold cross-validation of the classifier. Repeats are merged per alloy before splitting, so every alloy is
 * one row and the folds are grouped by canonical composition by construction.
 */
public final class GfaEvaluation {

	/** Class names of the three-class task, in class-number order. */
	public static final List<String> LABELS = Arrays.stream(GfaClass.values()).map(GfaClass::label).toList();

	/** Class names of the binary task. */
	public static final List<String> BINARY_LABELS = List.of("no glass", "glass");

	private GfaEvaluation() {
	}

	/** Runs the cross-validation. */
	public static GfaReport evaluate(List<Sample> samples, int folds, long seed, GfaOptions options) {
		long start = System.nanoTime();
		long rows = samples.stream().filter((s) -> s.gfa() != null).count();
		GfaTrainer.Alloys alloys = GfaTrainer.Alloys.of(samples, FeatureSet.standard());
		if (alloys.classes().length == 0) {
			throw new IllegalArgumentException("no sample has a glass-forming class (gfa_type)");
		}
		List<String> keys = alloys.compositions().stream().map((c) -> c.canonicalKey()).toList();
		List<GroupedKFold.Fold> split = GroupedKFold.split(keys, folds, seed);
		List<float[]> probabilities = Parallel.map(options.threads(), split.size(), (f) -> {
			int[] train = split.get(f).train();
			GfaModel model = GfaTrainer.fit(alloys.features().rows(train),
					GfaTrainer.Alloys.select(alloys.classes(), train), options);
			return model.probabilities(alloys.features().rows(split.get(f).test()));
		});
		int n = alloys.classes().length;
		int[] predicted = new int[n];
		int[] binaryActual = new int[n];
		int[] binaryPredicted = new int[n];
		for (GroupedKFold.Fold fold : split) {
			float[] p = probabilities.get(fold.index());
			for (int i = 0; i < fold.test().length; i++) {
				int row = fold.test()[i];
				predicted[row] = GfaModel.mostLikely(p, i).ordinal();
				binaryPredicted[row] = (GfaModel.glassProbability(p, i) >= 0.5) ? 1 : 0;
				binaryActual[row] = (alloys.classes()[row] != GfaClass.NO_GLASS.ordinal()) ? 1 : 0;
			}
		}
		return new GfaReport(ClassificationMetrics.of(alloys.classes(), predicted, LABELS),
				ClassificationMetrics.of(binaryActual, binaryPredicted, BINARY_LABELS), (int) rows, n, folds, seed,
				(System.nanoTime() - start) / 1e9);
	}

}
