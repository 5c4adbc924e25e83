package org.alloygan.gan.cgan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.alloygan.gan.training.DataRanges;
import org.alloygan.models.data.LoadedSamples;
import org.alloygan.models.data.SampleReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated set that {@code ./alloygan demo} imports on a machine without the public data: a CGAN trains on it,
 * and the demo's design targets lie inside the ranges a model trained on it keeps (gan-service answers 422 for
 * targets outside them). The file lives in local-stack, which ships it in the launcher jar.
 */
class CuratedDataTrainingTests {

	private static final Path CURATED = Path.of("../local-stack/src/main/resources/demo/curated/curated_tg_tx_tl.csv");

	/** The demo's target (local-stack DemoLoop.TARGETS): Zr-based, Tg 700 K, Tx 770 K, Tl 1120 K. */
	private static final Map<String, Double> DEMO_TARGETS = Map.of("Tg_K", 700.0, "Tx_K", 770.0, "Tl_K", 1120.0);

	@Test
	void theDemoTargetsLieInsideTheRangesOfTheDefaultTrainingSplit() throws IOException {
		// gan-service's defaults: 20 % of alloys held out, seed 1 (TrainingProperties)
		GroupedSplit.Split split = GroupedSplit.split(rows(), 0.2, 1);
		Map<String, double[]> ranges = DataRanges.of(split.train());
		DEMO_TARGETS.forEach((name, value) -> assertThat(value).as(name)
			.isBetween(ranges.get(name)[0], ranges.get(name)[1]));
	}

	@Test
	void aCganTrainsOnTheCuratedRows() throws IOException {
		List<TrainingRow> rows = rows();
		GroupedSplit.Split split = GroupedSplit.split(rows, 0.2, 1);
		try (TrainingResult result = CganTrainer.train(TrainingSet.of(split.train()), TrainingSet.of(split.heldOut()),
				TestData.small(40), ModelKind.CGAN, 1, "cpu", ProgressListener.NONE)) {
			assertThat(result.trainingRows()).isEqualTo(split.train().size());
			assertThat(result.curve()).isNotEmpty();
			assertThat(result.finalMetrics().slicedWasserstein()).isFinite().isNotNegative();
			assertThat(result.model().vocabulary()).contains("Zr", "Cu", "Al", "Pd", "Fe", "Mg");
			assertThat(result.model().generate(Target.temperatures(700.0, 770.0, 1120.0), "Zr", 20, 1).fractions())
				.isNotEmpty();
		}
	}

	private static List<TrainingRow> rows() throws IOException {
		assertThat(Files.isRegularFile(CURATED)).as(CURATED.toAbsolutePath().toString()).isTrue();
		LoadedSamples loaded = new SampleReader().read(CURATED);
		assertThat(loaded.report().rejected()).isEmpty();
		return loaded.samples()
			.stream()
			.map((s) -> TrainingRow.of(s.composition().atomicPercent(), s.tg(), s.tx(), s.tl()))
			.toList();
	}

}
