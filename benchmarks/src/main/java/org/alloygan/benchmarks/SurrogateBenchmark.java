package org.alloygan.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.composition.Composition;
import org.alloygan.models.GfaClassifier;
import org.alloygan.models.Prediction;
import org.alloygan.models.Predictor;
import org.alloygan.models.SurrogateModel;
import org.alloygan.models.data.Sample;
import org.alloygan.models.data.SampleReader;
import org.alloygan.models.gfa.GfaOptions;
import org.alloygan.models.regression.RegressionOptions;
import org.alloygan.models.regression.RegressionTrainer;
import org.alloygan.models.regression.Target;

/**
 * Training time of each surrogate model and prediction throughput of the full predictor (six regressors with
 * intervals plus the classifier), on a given number of threads.
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.SurrogateBenchmark MMG.csv WARD.csv
 * [threads] [batch]}
 *
 * <p>
 * Both wall-clock time and the process's CPU time are reported: on a shared machine the wall clock measures the
 * neighbours as much as the code, while CPU seconds divided by the thread count estimate the wall time on that many
 * otherwise idle cores. The last line is JSON.
 */
public final class SurrogateBenchmark {

	private SurrogateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path mmg = Path.of(args[0]);
		Path ward = Path.of(args[1]);
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 2;
		int batch = (args.length > 3) ? Integer.parseInt(args[3]) : 200_000;
		List<Sample> thermal = new SampleReader().read(mmg).samples();
		List<Sample> classes = new SampleReader().read(ward).samples();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("threads", threads);
		json.put("load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

		RegressionOptions options = RegressionOptions.defaults().withThreads(threads);
		Map<String, Object> training = new LinkedHashMap<>();
		for (Target target : Target.values()) {
			Clock clock = Clock.start();
			new RegressionTrainer().train(thermal, target, options);
			training.put(target.label(), clock.stop(threads));
			System.out.printf(Locale.ROOT, "train %-6s (1 + %d calibration fits): %s%n", target.label(),
					options.calibrationFolds(), training.get(target.label()));
		}
		Clock clock = Clock.start();
		SurrogateModel surrogate = SurrogateModel.train(thermal, EnumSet.allOf(Target.class), options, Map.of());
		training.put("surrogate (all six)", clock.stop(threads));
		clock = Clock.start();
		GfaClassifier classifier = GfaClassifier.train(classes, GfaOptions.defaults().withThreads(threads), Map.of());
		training.put("gfa classifier", clock.stop(threads));
		System.out.println("train surrogate (all six): " + training.get("surrogate (all six)"));
		System.out.println("train gfa classifier: " + training.get("gfa classifier"));
		json.put("training", training);

		List<Composition> compositions = batch(classes, thermal, batch);
		Predictor predictor = new Predictor(surrogate, classifier, threads);
		predictor.predict(compositions.subList(0, Math.min(batch, 50_000)));
		List<Map<String, Object>> runs = new ArrayList<>();
		for (int run = 0; run < 3; run++) {
			clock = Clock.start();
			List<Prediction> predictions = predictor.predict(compositions);
			Map<String, Object> timing = clock.stop(threads);
			timing.put("per_second_wall", predictions.size() / (double) timing.get("wall_s"));
			timing.put("per_second_cpu_estimate", predictions.size() / (double) timing.get("cpu_s_per_thread"));
			runs.add(timing);
			System.out.printf(Locale.ROOT, "predict %d compositions: %s%n", predictions.size(), timing);
		}
		json.put("batch", batch);
		json.put("prediction", runs);
		System.out.println(new ObjectMapper().writeValueAsString(json));
	}

	/** Wall and process CPU time of a step. */
	private record Clock(long wall, long cpu) {

		static Clock start() {
			return new Clock(System.nanoTime(), cpuNanos());
		}

		Map<String, Object> stop(int threads) {
			Map<String, Object> timing = new LinkedHashMap<>();
			double wallSeconds = (System.nanoTime() - this.wall) / 1e9;
			double cpuSeconds = (cpuNanos() - this.cpu) / 1e9;
			timing.put("wall_s", round(wallSeconds));
			timing.put("cpu_s", round(cpuSeconds));
			timing.put("cpu_s_per_thread", round(cpuSeconds / threads));
			return timing;
		}

		private static long cpuNanos() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
		}

		private static double round(double seconds) {
			return Math.round(seconds * 1000) / 1000.0;
		}

	}

	/**
	 * {@code size} compositions drawn with replacement (seed 1) from the alloys of the GFA and the thermal file: the
	 * prediction batch both surrogate benchmarks time.
	 */
	static List<Composition> batch(List<Sample> classes, List<Sample> thermal, int size) {
		List<Composition> pool = new ArrayList<>();
		classes.forEach((s) -> pool.add(s.composition()));
		thermal.forEach((s) -> pool.add(s.composition()));
		Random random = new Random(1);
		List<Composition> compositions = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			compositions.add(pool.get(random.nextInt(pool.size())));
		}
		return compositions;
	}

}
