package org.alloygan.bench.cgan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.alloygan.gan.cgan.CganModel;
import org.alloygan.gan.cgan.CganTrainer;
import org.alloygan.gan.cgan.Compositions;
import org.alloygan.gan.cgan.DistributionMetrics;
import org.alloygan.gan.cgan.GroupedSplit;
import org.alloygan.gan.cgan.Hyperparameters;
import org.alloygan.gan.cgan.MetricPoint;
import org.alloygan.gan.cgan.ModelKind;
import org.alloygan.gan.cgan.ProgressListener;
import org.alloygan.gan.cgan.RawCandidates;
import org.alloygan.gan.cgan.Target;
import org.alloygan.gan.cgan.TrainingResult;
import org.alloygan.gan.cgan.TrainingSet;
import org.alloygan.gan.cgan.WideCsv;

/**
 * Trains GAN, GAN+ and CGAN on {@code glasses/mmg_tg_tx_tl.csv} with a fixed grouped split,
 * prints time and final metrics per kind and seed (and, as a floor, the distance of the
 * training rows themselves from the held-out rows), then measures generation and post-processing
 * throughput. The command and the figures are in docs/benchmarks.md, section "CGAN".
 * <p>
 * Options: {@code --data-dir DIR} (default: property {@code alloygan.data-dir}, else
 * {@code ../shared/data}), {@code --device auto|cpu|gpu}, {@code --updates N}, {@code --seeds 1,2,3} (the first
 * seed's models are used for throughput and plots),
 * {@code --generate N} raw candidates per throughput round, {@code --plots DIR} for PCA scatter
 * PNGs.
 */
public final class CganBenchmark {

	/** Held-out share of the distinct alloys and the split seed: fixed so figures stay comparable. */
	static final double HELD_OUT = 0.2;

	static final long SPLIT_SEED = 7;

	/** CPU time of the calling thread: with one intra-op thread PyTorch computes on it. */
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private CganBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		System.setProperty("ai.djl.offline", "true");
		// One intra-op thread unless told otherwise: generation runs batches on all cores itself.
		if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
			System.setProperty("ai.djl.pytorch.num_threads", "1");
		}
		Path dataDir = Path.of(options.getOrDefault("data-dir", System.getProperty("alloygan.data-dir", "../shared/data")));
		String device = options.getOrDefault("device", "auto");
		int updates = Integer.parseInt(options.getOrDefault("updates", "1250"));
		long[] seeds = Arrays.stream(options.getOrDefault("seeds", "1,2,3").split(",")).mapToLong(Long::parseLong).toArray();
		int generate = Integer.parseInt(options.getOrDefault("generate", String.valueOf(1 << 20)));
		List<ModelKind> kinds = Arrays.stream(options.getOrDefault("kinds", "GAN,GAN_PLUS,CGAN").split(","))
			.map(String::trim)
			.map(ModelKind::valueOf)
			.toList();
		double propertyLossWeight = Double.parseDouble(options.getOrDefault("property-loss-weight", "0"));

		WideCsv.Result data = WideCsv.read(dataDir.resolve("glasses/mmg_tg_tx_tl.csv"));
		System.out.printf("data: %d rows read, %d renormalised (within 100+-%.0f at.%%), %d rejected%n", data.read(),
				data.renormalised(), WideCsv.TOLERANCE_AT_PERCENT, data.rejected());
		GroupedSplit.Split split = GroupedSplit.split(data.rows(), HELD_OUT, SPLIT_SEED);
		TrainingSet train = TrainingSet.of(split.train());
		TrainingSet heldOut = TrainingSet.of(split.heldOut());
		System.out.printf("split: %d training rows, %d held-out rows (%.0f %% of alloys by canonical composition, seed %d)%n",
				train.size(), heldOut.size(), 100 * HELD_OUT, SPLIT_SEED);
		System.out.printf("cpus: %d, torch intra-op threads: %s, java %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("ai.djl.pytorch.num_threads"), System.getProperty("java.version"));

		Hyperparameters hp = Hyperparameters.defaults()
			.withGeneratorUpdates(updates)
			.withPropertyLossWeight(propertyLossWeight);
		System.out.println("hyper-parameters: " + hp);
		System.out.println();
		System.out.println("| kind | seed | device | training s | of which metrics s | training CPU s | JS | KL | W1 | sliced W1 |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|");
		row("training rows (reference)", "-", "-", Double.NaN, Double.NaN, Double.NaN, DistributionMetrics
			.compare(heldOut.withVocabulary(TrainingSet.union(train, heldOut)).compositions(),
					train.withVocabulary(TrainingSet.union(train, heldOut)).compositions(), 0));
		Map<ModelKind, TrainingResult> first = new EnumMap<>(ModelKind.class);
		Map<ModelKind, List<MetricPoint>> finals = new EnumMap<>(ModelKind.class);
		try {
			for (ModelKind kind : kinds) {
				for (long seed : seeds) {
					long cpu = THREADS.getCurrentThreadCpuTime();
					TrainingResult result = CganTrainer.train(train, heldOut, hp, kind, seed, device, ProgressListener.NONE);
					cpu = THREADS.getCurrentThreadCpuTime() - cpu;
					if (seed == seeds[0]) {
						first.put(kind, result);
						System.out.printf("| %s untrained | %d | | | | | %.4f | %.4f | %.5f | %.5f |%n", kind, seed,
								result.initialMetrics().js(), result.initialMetrics().kl(),
								result.initialMetrics().wasserstein(), result.initialMetrics().slicedWasserstein());
					}
					else {
						result.close();
					}
					finals.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(result.finalMetrics());
					row(kind.name(), String.valueOf(seed), result.device(), seconds(result.trainingTime().toNanos()),
							seconds(result.metricsTime().toNanos()), seconds(cpu), result.finalMetrics());
				}
			}
			if (seeds.length > 1) {
				for (ModelKind kind : kinds) {
					List<MetricPoint> points = finals.get(kind);
					row("**" + kind + " mean**", "all", "", Double.NaN, Double.NaN, Double.NaN,
							new MetricPoint(updates, mean(points, MetricPoint::js), mean(points, MetricPoint::kl),
									mean(points, MetricPoint::wasserstein), mean(points, MetricPoint::slicedWasserstein)));
				}
			}
			System.out.println();
			if (first.containsKey(ModelKind.CGAN) && generate > 0) {
				throughput(first.get(ModelKind.CGAN).model(), generate);
			}
			if (options.containsKey("plots")) {
				PcaPlots.write(Path.of(options.get("plots")), heldOut, first, seeds[0]);
			}
		}
		finally {
			first.values().forEach(TrainingResult::close);
		}
	}

	private static void row(String name, String seed, String device, double seconds, double metricsSeconds,
			double cpuSeconds, MetricPoint m) {
		System.out.printf("| %s | %s | %s | %s | %s | %s | %.4f | %.4f | %.5f | %.5f |%n", name, seed, device,
				blankIfNaN(seconds), blankIfNaN(metricsSeconds), blankIfNaN(cpuSeconds), m.js(), m.kl(),
				m.wasserstein(), m.slicedWasserstein());
	}

	private static String blankIfNaN(double seconds) {
		return Double.isNaN(seconds) ? "" : String.format("%.1f", seconds);
	}

	private static double mean(List<MetricPoint> points, ToDoubleFunction<MetricPoint> metric) {
		return points.stream().mapToDouble(metric).average().orElse(Double.NaN);
	}

	/** Raw generation and post-processing rates of a trained CGAN; median and best of 5 rounds. */
	private static void throughput(CganModel model, int count) {
		Target target = Target.temperatures(700.0, 760.0, 1100.0);
		model.generate(target, "Zr", 65536, 0);
		double[] rates = new double[5];
		double[] cpuRates = new double[5];
		RawCandidates raw = null;
		for (int i = 0; i < rates.length; i++) {
			long cpu = PROCESS.getProcessCpuTime();
			long start = System.nanoTime();
			raw = model.generate(target, "Zr", count, i);
			rates[i] = count / seconds(System.nanoTime() - start);
			cpuRates[i] = count / seconds(PROCESS.getProcessCpuTime() - cpu);
		}
		Arrays.sort(rates);
		Arrays.sort(cpuRates);
		System.out.printf("generation: %,d raw candidates per round; median %,.0f /s, best %,.0f /s "
				+ "(per CPU-second of the process: median %,.0f)%n", count, rates[2], rates[4], cpuRates[2]);
		RawCandidates sample = raw;
		int n = Math.min(count, 200_000);
		IntStream.range(0, n).forEach((i) -> sample.atomicPercent(i, Compositions.DEFAULT_MIN_ATOMIC_PERCENT));
		double[] post = new double[5];
		for (int r = 0; r < post.length; r++) {
			long start = System.nanoTime();
			IntStream.range(0, n).parallel().forEach((i) -> sample.atomicPercent(i, Compositions.DEFAULT_MIN_ATOMIC_PERCENT));
			post[r] = n / seconds(System.nanoTime() - start);
		}
		Arrays.sort(post);
		System.out.printf("post-processing (threshold %.1f at.%%, 0.1 at.%% steps, all cores): median %,.0f /s, best %,.0f /s%n",
				Compositions.DEFAULT_MIN_ATOMIC_PERCENT, post[2], post[4]);
		System.out.println("example candidate: " + sample.atomicPercent(0, Compositions.DEFAULT_MIN_ATOMIC_PERCENT));
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 == args.length) {
				throw new IllegalArgumentException("usage: CganBenchmark [--data-dir DIR] [--device auto|cpu|gpu] "
						+ "[--updates N] [--seeds N,N,...] [--generate N] [--plots DIR] [--kinds GAN,GAN_PLUS,CGAN] "
						+ "[--property-loss-weight W]");
			}
			options.put(args[i].substring(2), args[++i]);
		}
		return options;
	}

}
