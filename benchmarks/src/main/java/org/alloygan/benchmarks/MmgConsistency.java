package org.alloygan.benchmarks;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alloygan.core.composition.CompositionParser;
import org.alloygan.models.data.Sample;
import org.alloygan.models.data.SampleReader;
import org.alloygan.models.regression.Target;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * How far any composition-only model can go on the MMG file, measured on the data alone.
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.MmgConsistency MMG.csv WARD.csv}
 *
 * <ol>
 * <li>Ceiling R²: predicting each row by the mean of its own alloy's rows (in-sample, i.e. with the test answers) is
 * the best any function of the composition can do on these rows; its R² bounds every honest model's R².</li>
 * <li>Agreement with Ward et al.: for alloys in both files, the correlation between MMG's Tx − Tg (mean per alloy) and
 * Ward's independently compiled ΔTx.</li>
 * <li>Pairing: among rows whose composition appears more than once, the share of the temperatures' variance that lies
 * between alloys, for the file as it is, with the temperature rows shifted by −8 to +8 rows against the compositions
 * (a misalignment would show as one shift far above the others), and with the temperature rows randomly permuted
 * (seeds 1–3, what no pairing at all gives).</li>
 * </ol>
 */
public final class MmgConsistency {

	private MmgConsistency() {
	}

	public static void main(String[] args) throws Exception {
		List<Sample> samples = new SampleReader().read(Path.of(args[0])).samples();
		for (Target target : Target.values()) {
			Map<String, double[]> sums = new HashMap<>();
			List<double[]> rows = new ArrayList<>();
			for (Sample sample : samples) {
				Double value = target.value(sample);
				if (value != null) {
					String key = sample.composition().canonicalKey();
					double[] sum = sums.computeIfAbsent(key, (k) -> new double[2]);
					sum[0] += value;
					sum[1]++;
					rows.add(new double[] { value, key.hashCode() });
				}
			}
			double mean = rows.stream().mapToDouble((r) -> r[0]).average().orElse(Double.NaN);
			double total = 0;
			double residual = 0;
			for (Sample sample : samples) {
				Double value = target.value(sample);
				if (value != null) {
					double[] sum = sums.get(sample.composition().canonicalKey());
					residual += Math.pow(value - sum[0] / sum[1], 2);
					total += Math.pow(value - mean, 2);
				}
			}
			System.out.printf(Locale.ROOT, "%-6s rows %d, alloys %d, ceiling R² (own-alloy mean, in-sample) %.3f%n",
					target.label(), rows.size(), sums.size(), 1 - residual / total);
		}
		Map<String, double[]> mmgDtx = new HashMap<>();
		for (Sample sample : samples) {
			double[] sum = mmgDtx.computeIfAbsent(sample.composition().canonicalKey(), (k) -> new double[2]);
			sum[0] += sample.tx() - sample.tg();
			sum[1]++;
		}
		Map<String, double[]> wardDtx = new HashMap<>();
		CompositionParser parser = new CompositionParser();
		try (Reader reader = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(reader)) {
				try {
					double dtx = Double.parseDouble(record.get("dTx"));
					String key = parser.parse(record.get("composition")).composition().canonicalKey();
					double[] sum = wardDtx.computeIfAbsent(key, (k) -> new double[2]);
					sum[0] += dtx;
					sum[1]++;
				}
				catch (IllegalArgumentException ex) {
					// no dTx or an unreadable formula: not comparable
				}
			}
		}
		List<double[]> pairs = new ArrayList<>();
		mmgDtx.forEach((key, sum) -> {
			double[] ward = wardDtx.get(key);
			if (ward != null) {
				pairs.add(new double[] { sum[0] / sum[1], ward[0] / ward[1] });
			}
		});
		System.out.printf(Locale.ROOT,
				"alloys with ΔTx in both files: %d; Pearson r between MMG Tx − Tg (alloy mean) and Ward ΔTx: %.3f%n",
				pairs.size(), pearson(pairs));
		pairing(samples);
	}

	private static void pairing(List<Sample> samples) {
		List<String> keys = samples.stream().map((s) -> s.composition().canonicalKey()).toList();
		int n = samples.size();
		Target[] temperatures = { Target.TG, Target.TX, Target.TL };
		for (int shift = -8; shift <= 8; shift++) {
			int[] rows = new int[n];
			for (int i = 0; i < n; i++) {
				rows[i] = Math.floorMod(i + shift, n);
			}
			System.out.printf(Locale.ROOT, "temperatures shifted by %+d rows: between-alloy share %s%n", shift,
					shares(samples, keys, rows, temperatures));
		}
		for (long seed = 1; seed <= 3; seed++) {
			List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
			java.util.Collections.shuffle(order, new java.util.Random(seed));
			int[] rows = order.stream().mapToInt(Integer::intValue).toArray();
			System.out.printf(Locale.ROOT, "temperatures randomly permuted (seed %d): between-alloy share %s%n", seed,
					shares(samples, keys, rows, temperatures));
		}
	}

	/** Per temperature, 1 − within-alloy / total sum of squares over the rows of compositions given more than once. */
	private static String shares(List<Sample> samples, List<String> keys, int[] rows, Target[] targets) {
		Map<String, Integer> counts = new HashMap<>();
		keys.forEach((k) -> counts.merge(k, 1, Integer::sum));
		StringBuilder out = new StringBuilder();
		for (Target target : targets) {
			Map<String, double[]> sums = new HashMap<>();
			List<double[]> values = new ArrayList<>();
			for (int i = 0; i < keys.size(); i++) {
				Double value = target.value(samples.get(rows[i]));
				if (value != null && counts.get(keys.get(i)) > 1) {
					double[] sum = sums.computeIfAbsent(keys.get(i), (k) -> new double[2]);
					sum[0] += value;
					sum[1]++;
					values.add(new double[] { value, i });
				}
			}
			double mean = values.stream().mapToDouble((v) -> v[0]).average().orElse(Double.NaN);
			double total = 0;
			double within = 0;
			for (double[] v : values) {
				double[] sum = sums.get(keys.get((int) v[1]));
				within += Math.pow(v[0] - sum[0] / sum[1], 2);
				total += Math.pow(v[0] - mean, 2);
			}
			out.append(String.format(Locale.ROOT, "%s %.3f  ", target.label(), 1 - within / total));
		}
		return out.toString().trim();
	}

	private static double pearson(List<double[]> pairs) {
		double mx = pairs.stream().mapToDouble((p) -> p[0]).average().orElse(Double.NaN);
		double my = pairs.stream().mapToDouble((p) -> p[1]).average().orElse(Double.NaN);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (double[] p : pairs) {
			sxy += (p[0] - mx) * (p[1] - my);
			sxx += (p[0] - mx) * (p[0] - mx);
			syy += (p[1] - my) * (p[1] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

}
