package org.alloygan.gan.cgan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Shared test data: the public glass table (tests skip without it) and small synthetic sets. */
final class TestData {

	private static WideCsv.Result wide;

	private TestData() {
	}

	/** The wide glass table from {@code alloygan.data-dir}; skips the calling test when absent. */
	static synchronized WideCsv.Result glasses() {
		if (wide == null) {
			String dir = System.getProperty("alloygan.data-dir", "../shared/data");
			Path file = Path.of(dir, "glasses", "mmg_tg_tx_tl.csv");
			assumeTrue(Files.isRegularFile(file), "public data not found at " + file + " (set -Dalloygan.data-dir)");
			wide = WideCsv.read(file);
		}
		return wide;
	}

	/** The grouped split the tests and the benchmark use: 20 % of alloys held out, seed 7. */
	static GroupedSplit.Split glassesSplit() {
		return GroupedSplit.split(glasses().rows(), 0.2, 7);
	}

	/**
	 * Ternary Cu-Zr-Al and Fe-B-Si rows with temperatures that follow the composition, enough for
	 * a fast model that still has two families and a signal to condition on.
	 */
	static List<TrainingRow> synthetic(int count, long seed) {
		Random random = new Random(seed);
		List<TrainingRow> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double a = 40 + 20 * random.nextDouble();
			double b = 30 + 10 * random.nextDouble();
			boolean copper = random.nextBoolean();
			Map<String, Double> amounts = copper ? Map.of("Cu", a, "Zr", b, "Al", 100 - a - b)
					: Map.of("Fe", a, "B", b, "Si", 100 - a - b);
			double tg = (copper ? 650 : 800) + 2 * (a - 50) + 5 * random.nextGaussian();
			rows.add(TrainingRow.of(amounts, tg, tg + 50 + 10 * random.nextDouble(), tg * 1.6));
		}
		return rows;
	}

	/** Small and fast hyper-parameters for unit tests. */
	static Hyperparameters small(int updates) {
		return new Hyperparameters(updates, 1, 32, 1e-3, 1e-3, 0.5, 0.9, 8, List.of(32), List.of(32), 0.5, 4,
				Math.max(1, updates / 2), 2, 0);
	}

}
