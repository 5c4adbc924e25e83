package org.alloygan.local.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.models.booster.Parallel;
import org.alloygan.models.data.LoadReport;
import org.alloygan.models.data.LoadedSamples;
import org.alloygan.models.data.SampleReader;
import org.alloygan.models.gfa.GfaEvaluation;
import org.alloygan.models.gfa.GfaOptions;
import org.alloygan.models.gfa.GfaReport;
import org.alloygan.models.regression.RegressionEvaluation;
import org.alloygan.models.regression.RegressionOptions;
import org.alloygan.models.regression.RegressionReport;
import org.alloygan.models.regression.Target;
import org.alloygan.models.validation.ClassificationMetrics;
import org.alloygan.models.validation.RegressionMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code alloygan evaluate regression|gfa}: grouped k-fold cross-validation of the surrogate models on a CSV file,
 * offline. Prints a table for people and, as the very last line, one JSON object with the metrics for scripts.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Cross-validate the surrogate models on a CSV file (folds grouped by canonical composition).",
		subcommands = { EvaluateCommand.Regression.class, EvaluateCommand.Gfa.class })
public class EvaluateCommand {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Option(names = "--threads", description = "Threads for training (default: all processors).")
	Integer threads;

	int threads() {
		return (this.threads != null) ? Math.max(1, this.threads) : Parallel.defaultThreads();
	}

	/** Options shared by both subcommands. */
	abstract static class Common implements Callable<Integer> {

		@ParentCommand
		EvaluateCommand parent;

		@Option(names = "--data", required = true,
				description = "CSV: a 'composition' column with Tg_K,Tx_K,Tl_K or gfa_type, or one column per element "
						+ "(as mmg_tg_tx_tl.csv).")
		Path data;

		@Option(names = "--folds", defaultValue = "5", description = "Number of folds (default: ${DEFAULT-VALUE}).")
		int folds;

		@Option(names = "--seed", defaultValue = "1", description = "Seed of folds and trees (default: ${DEFAULT-VALUE}).")
		long seed;

		@Override
		public Integer call() throws JsonProcessingException {
			PrintStream out = System.out;
			try {
				if (!Files.isRegularFile(this.data)) {
					throw new IllegalArgumentException("no such file: " + this.data);
				}
				LoadedSamples loaded = new SampleReader().read(this.data);
				printLoad(out, loaded.report());
				Map<String, Object> json = evaluate(out, loaded);
				out.println(JSON.writeValueAsString(json));
				return 0;
			}
			catch (IllegalArgumentException | IOException ex) {
				System.err.println("evaluate: " + ex.getMessage());
				return 2;
			}
		}

		abstract Map<String, Object> evaluate(PrintStream out, LoadedSamples loaded);

		private void printLoad(PrintStream out, LoadReport report) {
			out.println("Data: " + this.data);
			out.println("  " + report.summary());
			List<LoadReport.Rejection> rejected = report.rejected();
			for (int i = 0; i < Math.min(5, rejected.size()); i++) {
				out.println("  rejected line " + rejected.get(i).line() + ": " + rejected.get(i).reason());
			}
			if (rejected.size() > 5) {
				out.println("  ... and " + (rejected.size() - 5) + " more rejected rows");
			}
			if (!report.ignoredColumns().isEmpty()) {
				out.println("  ignored columns: " + String.join(", ", report.ignoredColumns()));
			}
		}

	}

	@Command(name = "regression", mixinStandardHelpOptions = true,
			description = "Cross-validate a property regressor: R², MAE, RMSE and interval coverage.")
	static class Regression extends Common {

		@Option(names = "--target", required = true, description = "Tg, Tx, Tl, Trg, gamma or dTx.")
		String target;

		@Override
		Map<String, Object> evaluate(PrintStream out, LoadedSamples loaded) {
			Target parsed = Target.parse(this.target);
			RegressionOptions options = RegressionOptions.defaults().withSeed(this.seed).withThreads(this.parent.threads());
			RegressionReport report = RegressionEvaluation.evaluate(loaded.samples(), parsed, this.folds, this.seed,
					options);
			String unit = parsed.unit().isEmpty() ? "" : " (" + parsed.unit() + ")";
			out.printf(Locale.ROOT, "%s%s: %d rows, %d alloys, %d folds grouped by canonical composition, seed %d%n",
					parsed.label(), unit, report.rows(), report.alloys(), report.folds(), report.seed());
			out.printf(Locale.ROOT, "  %-6s %6s %9s %11s %11s%n", "fold", "n", "R²", "MAE", "RMSE");
			for (int f = 0; f < report.foldMetrics().size(); f++) {
				row(out, Integer.toString(f + 1), report.foldMetrics().get(f));
			}
			row(out, "all", report.metrics());
			out.printf(Locale.ROOT, "  %.0f %% intervals: coverage %.3f, mean half-width %.4g; %.1f s%n",
					report.level() * 100, report.coverage(), report.meanHalfWidth(), report.seconds());
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("target", parsed.label());
			json.put("r2", report.metrics().r2());
			json.put("mae", report.metrics().mae());
			json.put("rmse", report.metrics().rmse());
			json.put("n", report.metrics().n());
			json.put("alloys", report.alloys());
			json.put("folds", report.folds());
			json.put("seed", report.seed());
			json.put("coverage", report.coverage());
			json.put("interval_level", report.level());
			json.put("seconds", report.seconds());
			return json;
		}

		private static void row(PrintStream out, String name, RegressionMetrics m) {
			out.printf(Locale.ROOT, "  %-6s %6d %9.4f %11.5g %11.5g%n", name, m.n(), m.r2(), m.mae(), m.rmse());
		}

	}

	@Command(name = "gfa", mixinStandardHelpOptions = true,
			description = "Cross-validate the glass-forming-ability classifier: macro-F1, accuracy, per-class "
					+ "precision/recall, confusion matrix; 3-class and glass / no glass.")
	static class Gfa extends Common {

		@Override
		Map<String, Object> evaluate(PrintStream out, LoadedSamples loaded) {
			GfaOptions options = GfaOptions.defaults().withSeed(this.seed).withThreads(this.parent.threads());
			GfaReport report = GfaEvaluation.evaluate(loaded.samples(), this.folds, this.seed, options);
			out.printf(Locale.ROOT,
					"GFA: %d rows with a class, %d alloys (repeats merged to the highest class), %d folds grouped by "
							+ "canonical composition, seed %d, %.1f s%n",
					report.rows(), report.alloys(), report.folds(), report.seed(), report.seconds());
			table(out, "3 classes", report.threeClass());
			table(out, "glass / no glass (P(ribbon) + P(BMG) >= 0.5)", report.binary());
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("macro_f1", report.threeClass().macroF1());
			json.put("accuracy", report.threeClass().accuracy());
			json.put("n", report.threeClass().n());
			json.put("binary_macro_f1", report.binary().macroF1());
			json.put("binary_accuracy", report.binary().accuracy());
			Map<String, Object> perClass = new LinkedHashMap<>();
			ClassificationMetrics three = report.threeClass();
			for (int c = 0; c < three.labels().size(); c++) {
				perClass.put(three.labels().get(c),
						Map.of("precision", three.precision()[c], "recall", three.recall()[c], "f1", three.f1()[c]));
			}
			json.put("per_class", perClass);
			json.put("confusion", three.confusion());
			json.put("folds", report.folds());
			json.put("seed", report.seed());
			json.put("seconds", report.seconds());
			return json;
		}

		private static void table(PrintStream out, String title, ClassificationMetrics m) {
			out.printf(Locale.ROOT, "%s: macro-F1 %.4f, accuracy %.4f, n %d%n", title, m.macroF1(), m.accuracy(), m.n());
			out.printf(Locale.ROOT, "  %-10s %9s %9s %9s   confusion (rows actual, columns predicted)%n", "class",
					"precision", "recall", "F1");
			for (int c = 0; c < m.labels().size(); c++) {
				StringBuilder confusion = new StringBuilder();
				for (int p = 0; p < m.labels().size(); p++) {
					confusion.append(String.format(Locale.ROOT, "%7d", m.confusion()[c][p]));
				}
				out.printf(Locale.ROOT, "  %-10s %9.4f %9.4f %9.4f   %s%n", m.labels().get(c), m.precision()[c],
						m.recall()[c], m.f1()[c], confusion);
			}
		}

	}

}
