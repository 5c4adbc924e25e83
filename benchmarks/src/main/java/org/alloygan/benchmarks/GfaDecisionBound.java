package org.alloygan.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.booster.BoostingParams;
import org.alloygan.models.data.GfaClass;
import org.alloygan.models.data.GfaSamples;
import org.alloygan.models.data.Sample;
import org.alloygan.models.data.SampleReader;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.gfa.GfaEvaluation;
import org.alloygan.models.gfa.GfaModel;
import org.alloygan.models.gfa.GfaOptions;
import org.alloygan.models.gfa.GfaTrainer;
import org.alloygan.models.validation.ClassificationMetrics;
import org.alloygan.models.validation.GroupedKFold;

/**
 * An experiment, not a model: how much macro-F1 could the GFA classifier gain from averaging several boosted models
 * or from a decision rule other than the most likely class? Runs the grouped 5-fold cross-validation of
 * {@code alloygan evaluate gfa} (same folds, class weighting, 100 rounds at η 0.3) with {@code MODELS} models per fold
 * (booster seeds 1..MODELS, probabilities averaged), then reports the out-of-fold macro-F1 with the most likely class,
 * and the best macro-F1 any weighting of the no-glass and BMG probabilities against ribbon's (0.5–2.0 in steps of 0.05) or any glass
 * threshold (0.20–0.80) reaches. The best is chosen on the very predictions it scores, so it is an upper bound on what
 * tuning the decision rule could give, not a figure a model would reach.
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.GfaDecisionBound WARD.csv MODELS...}, e.g.
 * {@code ... ../shared/data/glasses/ward2018_gfa.csv 1 3 5}
 */
public final class GfaDecisionBound {

	private static final int CLASSES = GfaModel.CLASSES;

	private static final long FOLD_SEED = 1;

	private GfaDecisionBound() {
	}

	public static void main(String[] args) throws Exception {
		List<Sample> alloys = GfaSamples.byAlloy(new SampleReader().read(Path.of(args[0])).samples());
		List<Composition> compositions = alloys.stream().map(Sample::composition).toList();
		FeatureMatrix features = FeatureSet.standard().matrix(compositions);
		int[] classes = alloys.stream().mapToInt((s) -> s.gfa().ordinal()).toArray();
		int[] glass = Arrays.stream(classes).map((c) -> (c == GfaClass.NO_GLASS.ordinal()) ? 0 : 1).toArray();
		List<String> keys = compositions.stream().map(Composition::canonicalKey).toList();
		for (int a = 1; a < args.length; a++) {
			int models = Integer.parseInt(args[a]);
			float[] probabilities = outOfFold(features, classes, keys, models);
			double[] best = { 0, 1, 1, 1 };
			for (double w0 = 0.5; w0 <= 2.001; w0 += 0.05) {
				for (double w2 = 0.5; w2 <= 2.001; w2 += 0.05) {
					double f1 = weightedMacroF1(classes, probabilities, new double[] { w0, 1, w2 });
					if (f1 > best[0]) {
						best = new double[] { f1, w0, 1, w2 };
					}
				}
			}
			double bestBinary = 0;
			double bestThreshold = 0;
			for (int t = 20; t <= 80; t++) {
				double f1 = binaryMacroF1(glass, probabilities, t / 100.0);
				if (f1 > bestBinary) {
					bestBinary = f1;
					bestThreshold = t / 100.0;
				}
			}
			System.out.printf(Locale.ROOT,
					"models=%d 3-class macroF1=%.4f best-weighted=%.4f (weights %.2f/%.2f/%.2f) "
							+ "binary macroF1=%.4f best-threshold=%.4f (at %.2f)%n",
					models, weightedMacroF1(classes, probabilities, new double[] { 1, 1, 1 }), best[0], best[1],
					best[2], best[3], binaryMacroF1(glass, probabilities, 0.5), bestBinary, bestThreshold);
		}
	}

	/** Out-of-fold class probabilities, {@code models} boosted models averaged per fold (also used by {@link GfaLabelAgreement}). */
	static float[] outOfFold(FeatureMatrix features, int[] classes, List<String> keys, int models) {
		float[] probabilities = new float[classes.length * CLASSES];
		for (GroupedKFold.Fold fold : GroupedKFold.split(keys, 5, FOLD_SEED)) {
			int[] train = fold.train();
			int[] test = fold.test();
			for (int m = 1; m <= models; m++) {
				GfaModel model = GfaTrainer.fit(features.rows(train), Arrays.stream(train).map((i) -> classes[i]).toArray(),
						new GfaOptions(new BoostingParams(100, 6, 0.3, 0.8, 0.6, 1, 1, m), true, 1));
				float[] p = model.probabilities(features.rows(test));
				for (int i = 0; i < test.length; i++) {
					for (int c = 0; c < CLASSES; c++) {
						probabilities[test[i] * CLASSES + c] += p[i * CLASSES + c] / models;
					}
				}
			}
		}
		return probabilities;
	}

	private static double weightedMacroF1(int[] classes, float[] probabilities, double[] weights) {
		int[] predicted = new int[classes.length];
		for (int i = 0; i < classes.length; i++) {
			double top = -1;
			for (int c = 0; c < CLASSES; c++) {
				double v = probabilities[i * CLASSES + c] * weights[c];
				if (v > top) {
					top = v;
					predicted[i] = c;
				}
			}
		}
		return ClassificationMetrics.of(classes, predicted, GfaEvaluation.LABELS).macroF1();
	}

	private static double binaryMacroF1(int[] glass, float[] probabilities, double threshold) {
		int[] predicted = new int[glass.length];
		for (int i = 0; i < glass.length; i++) {
			predicted[i] = (GfaModel.glassProbability(probabilities, i) >= threshold) ? 1 : 0;
		}
		return ClassificationMetrics.of(glass, predicted, GfaEvaluation.BINARY_LABELS).macroF1();
	}

}
