package org.alloygan.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.GfaClassifier;
import org.alloygan.models.Predictor;
import org.alloygan.models.SurrogateModel;
import org.alloygan.models.booster.BoostingParams;
import org.alloygan.models.data.Sample;
import org.alloygan.models.data.SampleReader;
import org.alloygan.models.gfa.GfaOptions;
import org.alloygan.models.regression.RegressionOptions;
import org.alloygan.models.regression.Target;

/**
 * Prediction throughput of the default surrogate + classifier (100 trees per model) against the former defaults (200
 * trees per regressor at η 0.1, 200 rounds at η 0.15 for the classifier), on the same compositions, code and JVM, the
 * two interleaved so that both see the same neighbours on a shared machine.
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.TreeCountComparison MMG.csv WARD.csv
 * [pairs] [batch]} (4 pairs of 200,000 compositions on 2 threads by default)
 */
public final class TreeCountComparison {

	private static final int THREADS = 2;

	private TreeCountComparison() {
	}

	public static void main(String[] args) throws Exception {
		List<Sample> thermal = new SampleReader().read(Path.of(args[0])).samples();
		List<Sample> classes = new SampleReader().read(Path.of(args[1])).samples();
		int pairs = (args.length > 2) ? Integer.parseInt(args[2]) : 4;
		int batch = (args.length > 3) ? Integer.parseInt(args[3]) : 200_000;
		Predictor current = new Predictor(
				SurrogateModel.train(thermal, EnumSet.allOf(Target.class), RegressionOptions.defaults().withThreads(THREADS),
						Map.of()),
				GfaClassifier.train(classes, GfaOptions.defaults().withThreads(THREADS), Map.of()), THREADS);
		Predictor former = new Predictor(
				SurrogateModel.train(thermal, EnumSet.allOf(Target.class),
						new RegressionOptions(new BoostingParams(200, 6, 0.1, 0.8, 0.6, 1, 1, 1), 5, 0.9, 1, THREADS),
						Map.of()),
				GfaClassifier.train(classes,
						new GfaOptions(new BoostingParams(200, 6, 0.15, 0.8, 0.6, 1, 1, 1), true, THREADS), Map.of()),
				THREADS);
		List<Composition> compositions = SurrogateBenchmark.batch(classes, thermal, batch);
		current.predict(compositions.subList(0, Math.min(batch, 50_000)));
		former.predict(compositions.subList(0, Math.min(batch, 50_000)));
		for (int pair = 0; pair < pairs; pair++) {
			run("100 trees per model (default)", current, compositions);
			run("200 trees per model (former)", former, compositions);
		}
	}

	private static void run(String name, Predictor predictor, List<Composition> compositions) {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long cpu = cpuNanos();
		long wall = System.nanoTime();
		predictor.predict(compositions);
		double cpuSeconds = (cpuNanos() - cpu) / 1e9;
		double wallSeconds = (System.nanoTime() - wall) / 1e9;
		System.out.printf(Locale.ROOT,
				"%-30s load %.1f  wall %.2f s  cpu %.2f s  per second: wall %.0f, cpu estimate for %d idle cores %.0f%n",
				name, load, wallSeconds, cpuSeconds, compositions.size() / wallSeconds, THREADS,
				compositions.size() / (cpuSeconds / THREADS));
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
