package org.alloygan.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alloygan.core.composition.CompositionParser;
import org.alloygan.models.booster.BoostingParams;
import org.alloygan.models.data.Sample;
import org.alloygan.models.data.SampleReader;
import org.alloygan.models.gfa.GfaEvaluation;
import org.alloygan.models.gfa.GfaOptions;
import org.alloygan.models.gfa.GfaReport;
import org.alloygan.models.regression.RegressionEvaluation;
import org.alloygan.models.regression.RegressionOptions;
import org.alloygan.models.regression.RegressionReport;
import org.alloygan.models.regression.Target;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Grouped 5-fold cross-validations of the surrogate models for a few boosting settings: how much quality fewer trees
 * (with a higher learning rate) cost. Every other hyper-parameter is the default's.
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.SurrogateSweep MMG.csv WARD.csv SPEC...}
 * where each {@code SPEC} is {@code MODE:ROUNDS:ETA[:DEPTH[:SEED]]} (depth 6, seed 1 by default; the seed is both the
 * fold seed and the tree seed, as in {@code alloygan evaluate}):
 * <ul>
 * <li>{@code gfa}: the classifier on Ward et al. (macro-F1 of three classes and of glass / no glass);</li>
 * <li>{@code reg}: the regressors of Tg, Tx, Tl, Trg and γ on the MMG file (R², MAE, interval coverage);</li>
 * <li>{@code dtx}: the ΔTx regressor on the {@code dTx} column of Ward et al. (739 alloys with a value), a regression
 * target that, unlike the MMG file, follows the compositions.</li>
 * </ul>
 * Two threads; one line per spec with the process CPU seconds it took.
 */
public final class SurrogateSweep {

	private SurrogateSweep() {
	}

	public static void main(String[] args) throws Exception {
		List<Sample> thermal = new SampleReader().read(Path.of(args[0])).samples();
		Path ward = Path.of(args[1]);
		List<Sample> classes = new SampleReader().read(ward).samples();
		List<Sample> dtx = null;
		for (int i = 2; i < args.length; i++) {
			String[] spec = args[i].split(":");
			int rounds = Integer.parseInt(spec[1]);
			double eta = Double.parseDouble(spec[2]);
			int depth = (spec.length > 3) ? Integer.parseInt(spec[3]) : 6;
			long seed = (spec.length > 4) ? Long.parseLong(spec[4]) : 1;
			BoostingParams params = new BoostingParams(rounds, depth, eta, 0.8, 0.6, 1, 1, seed);
			String setting = String.format(Locale.ROOT, "%s seed=%d rounds=%d eta=%.3f depth=%d", spec[0], seed,
					rounds, eta, depth);
			long cpu = cpuNanos();
			String result;
			switch (spec[0]) {
				case "gfa" -> {
					GfaReport r = GfaEvaluation.evaluate(classes, 5, seed, new GfaOptions(params, true, 2));
					result = String.format(Locale.ROOT, "macroF1=%.4f accuracy=%.4f binaryMacroF1=%.4f "
							+ "binaryAccuracy=%.4f n=%d", r.threeClass().macroF1(), r.threeClass().accuracy(),
							r.binary().macroF1(), r.binary().accuracy(), r.alloys());
				}
				case "reg" -> {
					StringBuilder out = new StringBuilder();
					for (Target target : new Target[] { Target.TG, Target.TX, Target.TL, Target.TRG, Target.GAMMA }) {
						RegressionReport r = RegressionEvaluation.evaluate(thermal, target, 5, seed,
								new RegressionOptions(params, 5, 0.9, seed, 2));
						out.append(String.format(Locale.ROOT, "%s r2=%.4f mae=%.4g coverage=%.3f; ", target.label(),
								r.metrics().r2(), r.metrics().mae(), r.coverage()));
					}
					result = out.toString();
				}
				case "dtx" -> {
					dtx = (dtx != null) ? dtx : wardDtx(ward);
					RegressionReport r = RegressionEvaluation.evaluate(dtx, Target.DTX, 5, seed,
							new RegressionOptions(params, 5, 0.9, seed, 2));
					result = String.format(Locale.ROOT, "r2=%.4f mae=%.3f coverage=%.3f n=%d", r.metrics().r2(),
							r.metrics().mae(), r.coverage(), r.rows());
				}
				default -> throw new IllegalArgumentException("mode must be gfa, reg or dtx: " + args[i]);
			}
			System.out.printf(Locale.ROOT, "%s  %s  cpu_s=%.1f%n", setting, result, (cpuNanos() - cpu) / 1e9);
		}
	}

	/**
	 * Ward et al.'s ΔTx values as samples whose Tx − Tg is ΔTx (Tg set to 1000 K, which no model sees: only the ΔTx
	 * regressor is evaluated).
	 */
	static List<Sample> wardDtx(Path ward) throws IOException {
		List<Sample> samples = new ArrayList<>();
		CompositionParser parser = new CompositionParser();
		try (Reader reader = Files.newBufferedReader(ward)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				String value = record.get("dTx");
				String comment = record.isMapped("comment") ? record.get("comment") : "";
				if (value == null || value.isBlank() || comment.contains("invalid formula")) {
					continue;
				}
				try {
					samples.add(Sample.thermal("line " + (record.getRecordNumber() + 1),
							parser.parse(record.get("composition")).composition(), 1000.0,
							1000.0 + Double.parseDouble(value), null));
				}
				catch (IllegalArgumentException ex) {
					// unreadable composition or a ΔTx that is not a number: not a sample
				}
			}
		}
		return samples;
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
