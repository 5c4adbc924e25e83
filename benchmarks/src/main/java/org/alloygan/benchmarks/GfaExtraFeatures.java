package org.alloygan.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An experiment, not a model: would Magpie-style composition features raise the GFA classifier's macro-F1? Appends
 * to the standard features, for each named column of {@code elements_magpie_merged.csv}, the mole-fraction mean, the
 * minimum, maximum and range over the elements present, and the mean absolute deviation, then runs the classifier's
 * grouped 5-fold cross-validation (same folds, class weighting and metrics as {@code alloygan evaluate gfa}).
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.GfaExtraFeatures WARD.csv ELEMENTS.csv
 * COLUMNS|none ROUNDS ETA SEED...}, e.g. {@code ... ward2018_gfa.csv ../shared/data/elements/elements_magpie_merged.csv
 * covalent_radius_pm,atomic_radius_A,fusion_enthalpy_kJ_mol,density_g_L 100 0.3 1 2 3 4}
 */
public final class GfaExtraFeatures {

	private static final int STATISTICS = 5;

	private GfaExtraFeatures() {
	}

	public static void main(String[] args) throws Exception {
		String[] columns = args[2].equals("none") ? new String[0] : args[2].split(",");
		double[][] table = table(Path.of(args[1]), columns);
		List<Sample> alloys = GfaSamples.byAlloy(new SampleReader().read(Path.of(args[0])).samples());
		List<Composition> compositions = alloys.stream().map(Sample::composition).toList();
		FeatureMatrix base = FeatureSet.standard().matrix(compositions);
		int width = base.columns() + STATISTICS * columns.length;
		int n = compositions.size();
		float[] values = new float[n * width];
		for (int r = 0; r < n; r++) {
			System.arraycopy(base.values(), r * base.columns(), values, r * width, base.columns());
			statistics(compositions.get(r), table, values, r * width + base.columns());
		}
		FeatureMatrix features = new FeatureMatrix(values, n, width);
		int[] classes = alloys.stream().mapToInt((s) -> s.gfa().ordinal()).toArray();
		List<String> keys = compositions.stream().map(Composition::canonicalKey).toList();
		int rounds = Integer.parseInt(args[3]);
		double eta = Double.parseDouble(args[4]);
		for (int a = 5; a < args.length; a++) {
			long seed = Long.parseLong(args[a]);
			int[] predicted = new int[n];
			for (GroupedKFold.Fold fold : GroupedKFold.split(keys, 5, seed)) {
				int[] train = fold.train();
				GfaModel model = GfaTrainer.fit(features.rows(train),
						Arrays.stream(train).map((i) -> classes[i]).toArray(),
						new GfaOptions(new BoostingParams(rounds, 6, eta, 0.8, 0.6, 1, 1, seed), true, 1));
				float[] p = model.probabilities(features.rows(fold.test()));
				for (int i = 0; i < fold.test().length; i++) {
					predicted[fold.test()[i]] = GfaModel.mostLikely(p, i).ordinal();
				}
			}
			ClassificationMetrics metrics = ClassificationMetrics.of(classes, predicted, GfaEvaluation.LABELS);
			System.out.printf(Locale.ROOT, "columns=%s rounds=%d eta=%.2f seed=%d features=%d macroF1=%.4f accuracy=%.4f%n",
					args[2], rounds, eta, seed, width, metrics.macroF1(), metrics.accuracy());
		}
	}

	/** Element property per atomic number and column; NaN where the table has no number. */
	private static double[][] table(Path csv, String[] columns) throws IOException {
		double[][] table = new double[119][columns.length];
		for (double[] row : table) {
			Arrays.fill(row, Double.NaN);
		}
		try (Reader reader = Files.newBufferedReader(csv)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				int z = Integer.parseInt(record.get("Z"));
				for (int c = 0; c < columns.length && z < table.length; c++) {
					try {
						table[z][c] = Double.parseDouble(record.get(columns[c]));
					}
					catch (NumberFormatException ex) {
						table[z][c] = Double.NaN;
					}
				}
			}
		}
		return table;
	}

	private static void statistics(Composition composition, double[][] table, float[] out, int offset) {
		for (int c = 0; c < table[0].length; c++) {
			double mean = 0;
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < composition.size(); i++) {
				double v = table[composition.atomicNumber(i)][c];
				mean += composition.fraction(i) * v;
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
			double deviation = 0;
			for (int i = 0; i < composition.size(); i++) {
				deviation += composition.fraction(i) * Math.abs(table[composition.atomicNumber(i)][c] - mean);
			}
			int at = offset + STATISTICS * c;
			out[at] = (float) mean;
			out[at + 1] = (float) min;
			out[at + 2] = (float) max;
			out[at + 3] = (float) (max - min);
			out[at + 4] = (float) deviation;
		}
	}

}
