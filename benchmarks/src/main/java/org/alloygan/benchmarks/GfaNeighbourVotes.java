package org.alloygan.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.booster.BoostingParams;
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
 * An experiment, not a model: does what the nearest known alloys are tell the GFA classifier something its
 * composition features do not? The classifier's errors sit between neighbouring compositions of one system, so this
 * appends to the standard features, per alloy, the distance-weighted class shares of its {@code k} nearest alloys
 * (half the L1 distance in at.%, weights 1 / (1 + distance)) and its distance to the nearest alloy of each class, then
 * runs the classifier's grouped 5-fold cross-validation (same folds, class weighting and metrics as
 * {@code alloygan evaluate gfa}). A test alloy's neighbours come from its training folds only; a training alloy's
 * from the other training alloys of an inner 5-fold split, so that the model learns on neighbour votes as noisy as
 * those it will see.
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.GfaNeighbourVotes WARD.csv K ROUNDS ETA
 * SEED...}, e.g. {@code ... ../shared/data/glasses/ward2018_gfa.csv 5 100 0.3 1 2 3 4}; K = 0 runs the standard
 * features alone, for comparison.
 */
public final class GfaNeighbourVotes {

	private static final int CLASSES = 3;

	private GfaNeighbourVotes() {
	}

	public static void main(String[] args) throws Exception {
		List<Sample> alloys = GfaSamples.byAlloy(new SampleReader().read(Path.of(args[0])).samples());
		List<Composition> compositions = alloys.stream().map(Sample::composition).toList();
		FeatureMatrix base = FeatureSet.standard().matrix(compositions);
		int k = Integer.parseInt(args[1]);
		int rounds = Integer.parseInt(args[2]);
		double eta = Double.parseDouble(args[3]);
		int n = compositions.size();
		int[] classes = alloys.stream().mapToInt((s) -> s.gfa().ordinal()).toArray();
		List<String> keys = compositions.stream().map(Composition::canonicalKey).toList();
		for (int a = 4; a < args.length; a++) {
			long seed = Long.parseLong(args[a]);
			int[] predicted = new int[n];
			float[] glass = new float[n];
			for (GroupedKFold.Fold fold : GroupedKFold.split(keys, 5, seed)) {
				int[] train = fold.train();
				int[] test = fold.test();
				FeatureMatrix trainFeatures = base.rows(train);
				FeatureMatrix testFeatures = base.rows(test);
				if (k > 0) {
					float[][] trainVotes = new float[train.length][];
					List<String> trainKeys = new ArrayList<>();
					for (int i : train) {
						trainKeys.add(keys.get(i));
					}
					for (GroupedKFold.Fold inner : GroupedKFold.split(trainKeys, 5, seed + 1000)) {
						int[] rows = Arrays.stream(inner.train()).map((i) -> train[i]).toArray();
						Neighbours index = new Neighbours(compositions, classes, rows);
						for (int i : inner.test()) {
							trainVotes[i] = index.votes(compositions.get(train[i]), k);
						}
					}
					Neighbours index = new Neighbours(compositions, classes, train);
					float[][] testVotes = new float[test.length][];
					for (int i = 0; i < test.length; i++) {
						testVotes[i] = index.votes(compositions.get(test[i]), k);
					}
					trainFeatures = append(trainFeatures, trainVotes);
					testFeatures = append(testFeatures, testVotes);
				}
				GfaModel model = GfaTrainer.fit(trainFeatures,
						Arrays.stream(train).map((i) -> classes[i]).toArray(),
						new GfaOptions(new BoostingParams(rounds, 6, eta, 0.8, 0.6, 1, 1, seed), true, 1));
				float[] p = model.probabilities(testFeatures);
				for (int i = 0; i < test.length; i++) {
					predicted[test[i]] = GfaModel.mostLikely(p, i).ordinal();
					glass[test[i]] = (float) GfaModel.glassProbability(p, i);
				}
			}
			ClassificationMetrics metrics = ClassificationMetrics.of(classes, predicted, GfaEvaluation.LABELS);
			int[] binaryActual = new int[n];
			int[] binaryPredicted = new int[n];
			for (int i = 0; i < n; i++) {
				binaryActual[i] = (classes[i] > 0) ? 1 : 0;
				binaryPredicted[i] = (glass[i] >= 0.5f) ? 1 : 0;
			}
			ClassificationMetrics binary = ClassificationMetrics.of(binaryActual, binaryPredicted,
					GfaEvaluation.BINARY_LABELS);
			System.out.printf(Locale.ROOT, "k=%d rounds=%d eta=%.2f seed=%d alloys=%d macroF1=%.4f accuracy=%.4f "
					+ "binary (P(ribbon) + P(BMG) >= 0.5) macroF1=%.4f%n", k, rounds, eta, seed, n, metrics.macroF1(),
					metrics.accuracy(), binary.macroF1());
		}
	}

	private static FeatureMatrix append(FeatureMatrix features, float[][] extra) {
		int width = features.columns() + extra[0].length;
		float[] values = new float[features.rows() * width];
		for (int r = 0; r < features.rows(); r++) {
			System.arraycopy(features.values(), r * features.columns(), values, r * width, features.columns());
			System.arraycopy(extra[r], 0, values, r * width + features.columns(), extra[r].length);
		}
		return new FeatureMatrix(values, features.rows(), width);
	}

	/**
	 * Reference alloys column by column, as gan-service's novelty index: |k − x|₁ = Σ_{e ∈ x} (|k_e − x_e| − k_e) +
	 * Σ_e k_e, one pass per element of the query.
	 */
	private static final class Neighbours {

		private final Map<String, double[]> columns = new HashMap<>();

		private final double[] totals;

		private final int[] classes;

		Neighbours(List<Composition> compositions, int[] allClasses, int[] rows) {
			this.totals = new double[rows.length];
			this.classes = new int[rows.length];
			for (int r = 0; r < rows.length; r++) {
				Composition c = compositions.get(rows[r]);
				this.classes[r] = allClasses[rows[r]];
				for (Map.Entry<String, Double> e : c.atomicPercent().entrySet()) {
					this.columns.computeIfAbsent(e.getKey(), (el) -> new double[rows.length])[r] = e.getValue();
					this.totals[r] += e.getValue();
				}
			}
		}

		/** Weighted class shares of the k nearest, then the distance to the nearest of each class (100 if none). */
		float[] votes(Composition query, int k) {
			double[] distance = this.totals.clone();
			for (Map.Entry<String, Double> e : query.atomicPercent().entrySet()) {
				double[] column = this.columns.get(e.getKey());
				double x = e.getValue();
				if (column == null) {
					for (int i = 0; i < distance.length; i++) {
						distance[i] += x;
					}
					continue;
				}
				for (int i = 0; i < distance.length; i++) {
					distance[i] += Math.abs(column[i] - x) - column[i];
				}
			}
			float[] out = new float[2 * CLASSES];
			double[] nearestOfClass = { 200, 200, 200 };
			int[] best = new int[k];
			double[] bestDistance = new double[k];
			Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
			for (int i = 0; i < distance.length; i++) {
				double d = distance[i] / 2;
				nearestOfClass[this.classes[i]] = Math.min(nearestOfClass[this.classes[i]], d);
				if (d < bestDistance[k - 1]) {
					int at = k - 1;
					while (at > 0 && bestDistance[at - 1] > d) {
						bestDistance[at] = bestDistance[at - 1];
						best[at] = best[at - 1];
						at--;
					}
					bestDistance[at] = d;
					best[at] = i;
				}
			}
			double total = 0;
			for (int j = 0; j < k; j++) {
				double w = 1 / (1 + bestDistance[j]);
				out[this.classes[best[j]]] += (float) w;
				total += w;
			}
			for (int c = 0; c < CLASSES; c++) {
				out[c] = (float) (out[c] / total);
				out[CLASSES + c] = (float) Math.min(100, nearestOfClass[c]);
			}
			return out;
		}

	}

}
