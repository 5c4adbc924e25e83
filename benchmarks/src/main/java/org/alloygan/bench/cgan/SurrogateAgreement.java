package org.alloygan.bench.cgan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alloygan.core.composition.Composition;
import org.alloygan.gan.cgan.CganTrainer;
import org.alloygan.gan.cgan.Compositions;
import org.alloygan.gan.cgan.GroupedSplit;
import org.alloygan.gan.cgan.Hyperparameters;
import org.alloygan.gan.cgan.ModelKind;
import org.alloygan.gan.cgan.ProgressListener;
import org.alloygan.gan.cgan.Target;
import org.alloygan.gan.cgan.TrainingResult;
import org.alloygan.gan.cgan.TrainingRow;
import org.alloygan.gan.cgan.TrainingSet;
import org.alloygan.gan.cgan.WideCsv;
import org.alloygan.models.Predictor;
import org.alloygan.models.SurrogateModel;
import org.alloygan.models.data.Sample;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.regression.RegressionOptions;

/**
 * How often the surrogate that screens designs accepts what the CGAN proposes, for a CGAN conditioned on the measured
 * temperatures (as trained now), for one conditioned on the surrogate's out-of-fold predictions of them (denoised
 * labels), and for CGANs trained with the auxiliary property loss at some weights: the pass rate decides how many
 * candidates a design must generate and predict per candidate kept.
 *
 * <p>
 * {@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * org.alloygan.bench.cgan.SurrogateAgreement [--data-dir DIR] [--candidates 12000] [--folds 5]
 * [--property-loss-weights 1,5] [--seed 1] [--denoised true|false]}
 */
public final class SurrogateAgreement {

	private static final double TOLERANCE = 0.08;

	private static final double[][] TARGETS = { { 700, 770, 1120 }, { 600, 660, 1000 }, { 800, 850, 1250 } };

	private static final EnumSet<org.alloygan.models.regression.Target> TEMPERATURES = EnumSet.of(
			org.alloygan.models.regression.Target.TG, org.alloygan.models.regression.Target.TX,
			org.alloygan.models.regression.Target.TL);

	private SurrogateAgreement() {
	}

	public static void main(String[] args) {
		Map<String, String> options = CganBenchmark.options(args);
		System.setProperty("ai.djl.offline", "true");
		if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
			System.setProperty("ai.djl.pytorch.num_threads", "1");
		}
		Path dataDir = Path.of(options.getOrDefault("data-dir", "../shared/data"));
		int candidates = Integer.parseInt(options.getOrDefault("candidates", "12000"));
		int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		WideCsv.Result data = WideCsv.read(dataDir.resolve("glasses/mmg_tg_tx_tl.csv"));
		// the split of CganBenchmark, so the distribution metrics printed here are those of its table
		GroupedSplit.Split split = GroupedSplit.split(data.rows(), CganBenchmark.HELD_OUT, CganBenchmark.SPLIT_SEED);
		List<TrainingRow> train = split.train();
		RegressionOptions regression = RegressionOptions.defaults().withSeed(1);

		// the screen: a surrogate of Tg, Tx, Tl on every training row, as a training job makes it
		Predictor screen = new Predictor(SurrogateModel.train(samples(train), TEMPERATURES, regression, Map.of()), null);

		// denoised labels: each row's temperatures predicted by a surrogate that never saw its alloy
		List<TrainingRow> denoised = new ArrayList<>(train);
		for (int fold = 0; fold < folds; fold++) {
			List<TrainingRow> in = new ArrayList<>();
			List<Integer> out = new ArrayList<>();
			for (int i = 0; i < train.size(); i++) {
				if (Math.floorMod(key(train.get(i)).hashCode(), folds) == fold) {
					out.add(i);
				}
				else {
					in.add(train.get(i));
				}
			}
			Predictor model = new Predictor(SurrogateModel.train(samples(in), TEMPERATURES, regression, Map.of()), null);
			List<Composition> compositions = out.stream().map((i) -> Composition.of(train.get(i).atomicPercent())).toList();
			FeatureMatrix features = model.features(compositions);
			float[] tg = model.values(org.alloygan.models.regression.Target.TG, features);
			float[] tx = model.values(org.alloygan.models.regression.Target.TX, features);
			float[] tl = model.values(org.alloygan.models.regression.Target.TL, features);
			for (int k = 0; k < out.size(); k++) {
				TrainingRow row = train.get(out.get(k));
				// the same temperatures given as measured (the mask is unchanged), their values denoised
				denoised.set(out.get(k), new TrainingRow(row.atomicPercent(), (row.tgK() != null) ? (double) tg[k] : null,
						(row.txK() != null) ? (double) tx[k] : null, (row.tlK() != null) ? (double) tl[k] : null,
						row.family()));
			}
		}

		TrainingSet heldOut = TrainingSet.of(split.heldOut());
		List<String> variants = new ArrayList<>(List.of("measured:0"));
		if (!options.getOrDefault("denoised", "true").equals("false")) {
			variants.add("denoised:0");
		}
		for (String weight : options.getOrDefault("property-loss-weights", "1,5").split(",")) {
			variants.add("measured:" + weight.trim());
		}
		System.out.println("| CGAN conditioned on | property loss weight | target Tg/Tx/Tl K | generated | distinct | pass (all three within 8 %) | final JS | final W1 | sliced W1 |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		for (String variant : variants) {
			String labels = variant.split(":")[0];
			double weight = Double.parseDouble(variant.split(":")[1]);
			TrainingSet set = TrainingSet.of(labels.equals("measured") ? train : denoised);
			try (TrainingResult result = CganTrainer.train(set, heldOut,
					Hyperparameters.defaults().withPropertyLossWeight(weight), ModelKind.CGAN, seed, "cpu",
					ProgressListener.NONE)) {
				for (double[] t : TARGETS) {
					List<Composition> generated = result.model()
						.candidates(Target.temperatures(t[0], t[1], t[2]), null, candidates, 1,
								Compositions.DEFAULT_MIN_ATOMIC_PERCENT)
						.stream()
						.filter((c) -> c != null && FeatureSet.supports(c))
						.toList();
					Set<String> distinct = new HashSet<>();
					generated.forEach((c) -> distinct.add(c.canonicalKey()));
					FeatureMatrix features = screen.features(generated);
					float[] tg = screen.values(org.alloygan.models.regression.Target.TG, features);
					float[] tx = screen.values(org.alloygan.models.regression.Target.TX, features);
					float[] tl = screen.values(org.alloygan.models.regression.Target.TL, features);
					int pass = 0;
					for (int i = 0; i < generated.size(); i++) {
						pass += (within(tg[i], t[0]) && within(tx[i], t[1]) && within(tl[i], t[2])) ? 1 : 0;
					}
					System.out.printf("| %s | %s | %.0f / %.0f / %.0f | %d | %d | %.1f %% | %.4f | %.5f | %.5f |%n", labels,
							weight, t[0], t[1], t[2], candidates, distinct.size(), 100.0 * pass / candidates,
							result.finalMetrics().js(), result.finalMetrics().wasserstein(),
							result.finalMetrics().slicedWasserstein());
				}
			}
		}
	}

	private static boolean within(double predicted, double target) {
		return Math.abs(predicted - target) / target <= TOLERANCE;
	}

	private static String key(TrainingRow row) {
		return Composition.of(row.atomicPercent()).canonicalKey();
	}

	private static List<Sample> samples(List<TrainingRow> rows) {
		return rows.stream()
			.map((r) -> Sample.thermal("mmg", Composition.of(r.atomicPercent()), r.tgK(), r.txK(), r.tlK()))
			.toList();
	}

}
