package org.alloygan.gan.cgan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CganTrainingTests {

	private final TrainingSet train = TrainingSet.of(TestData.synthetic(300, 1));

	private final TrainingSet heldOut = TrainingSet.of(TestData.synthetic(60, 2));

	@Test
	void theSameSeedGivesTheSameModelAndSamples() {
		Target target = Target.temperatures(650.0, 700.0, 1040.0);
		try (TrainingResult a = train(ModelKind.CGAN, 7); TrainingResult b = train(ModelKind.CGAN, 7);
				TrainingResult c = train(ModelKind.CGAN, 8)) {
			assertThat(b.curve()).isEqualTo(a.curve());
			assertThat(b.model().generate(target, "Cu", 300, 1).fractions())
				.containsExactly(a.model().generate(target, "Cu", 300, 1).fractions());
			assertThat(c.curve()).isNotEqualTo(a.curve());
			assertThat(c.model().generate(target, "Cu", 300, 1).fractions())
				.isNotEqualTo(a.model().generate(target, "Cu", 300, 1).fractions());
		}
	}

	@Test
	void thePropertyLossIsSeededToAndChangesWhatIsLearnt() {
		Target target = Target.temperatures(650.0, 700.0, 1040.0);
		Hyperparameters hp = TestData.small(20).withPropertyLossWeight(1);
		try (TrainingResult a = CganTrainer.train(this.train, this.heldOut, hp, ModelKind.CGAN, 7, "cpu",
				ProgressListener.NONE);
				TrainingResult b = CganTrainer.train(this.train, this.heldOut, hp, ModelKind.CGAN, 7, "cpu",
						ProgressListener.NONE);
				TrainingResult plain = CganTrainer.train(this.train, this.heldOut, TestData.small(20), ModelKind.CGAN, 7,
						"cpu", ProgressListener.NONE)) {
			assertThat(b.model().generate(target, "Cu", 300, 1).fractions())
				.containsExactly(a.model().generate(target, "Cu", 300, 1).fractions());
			assertThat(a.model().generate(target, "Cu", 300, 1).fractions())
				.isNotEqualTo(plain.model().generate(target, "Cu", 300, 1).fractions());
			assertThat(a.model().metadata().hyperparameters().propertyLossWeight()).isEqualTo(1.0);
		}
	}

	@Test
	void modelsSavedBeforeThePropertyLossReadAsWithoutIt() throws Exception {
		// a model trained before the loss existed was trained without it, and must read as such
		String saved = new com.fasterxml.jackson.databind.ObjectMapper()
			.writeValueAsString(Hyperparameters.defaults())
			.replace(",\"propertyLossWeight\":0.5", "");
		assertThat(saved).doesNotContain("propertyLossWeight");
		assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(saved, Hyperparameters.class))
			.isEqualTo(Hyperparameters.defaults().withPropertyLossWeight(0));
	}

	@Test
	void theCurveStartsUntrainedAndIsReportedAsItGrows() {
		List<MetricPoint> seen = new ArrayList<>();
		try (TrainingResult result = CganTrainer.train(this.train, this.heldOut, TestData.small(30).withMetricsEvery(10),
				ModelKind.GAN, 1, "auto", (point, total) -> seen.add(point))) {
			assertThat(result.curve()).extracting(MetricPoint::update).containsExactly(0, 10, 20, 30);
			assertThat(seen).isEqualTo(result.curve());
			assertThat(result.finalMetrics()).isEqualTo(result.curve().get(3));
			assertThat(result.device()).isNotBlank();
			assertThat(result.trainingRows()).isEqualTo(300);
			assertThat(result.model().metadata().curve()).isEqualTo(result.curve());
		}
	}

	@Test
	void theVocabularyCoversHeldOutElements() {
		TrainingSet withPd = TrainingSet
			.of(List.of(TrainingRow.of(Map.of("Pd", 40.0, "Cu", 30.0, "P", 30.0), 580.0, 640.0, 950.0)));
		try (TrainingResult result = CganTrainer.train(this.train, withPd, TestData.small(2), ModelKind.CGAN, 1, "cpu",
				ProgressListener.NONE)) {
			assertThat(result.model().vocabulary()).containsExactly("Al", "B", "Cu", "Fe", "P", "Pd", "Si", "Zr");
		}
	}

	@Test
	void anInterruptedTrainingIsCancelled() {
		Thread.currentThread().interrupt();
		assertThatExceptionOfType(CancellationException.class)
			.isThrownBy(() -> CganTrainer.train(this.train, this.heldOut, TestData.small(5), ModelKind.CGAN, 1, "cpu",
					ProgressListener.NONE));
		assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
	}

	@Test
	void shortTrainingOnTheGlassesLowersTheWassersteinDistance() {
		GroupedSplit.Split split = TestData.glassesSplit();
		Hyperparameters hp = Hyperparameters.defaults().withGeneratorUpdates(300).withMetricsEvery(150);
		try (TrainingResult result = CganTrainer.train(TrainingSet.of(split.train()), TrainingSet.of(split.heldOut()),
				hp, ModelKind.CGAN, 1, "cpu", ProgressListener.NONE)) {
			// 300 updates with the defaults take W1 from 0.036 to 0.016 (seed 1); demand a clear drop.
			assertThat(result.finalMetrics().wasserstein()).isLessThan(0.7 * result.initialMetrics().wasserstein());
			assertThat(result.finalMetrics().slicedWasserstein()).isLessThan(result.initialMetrics().slicedWasserstein());
			assertThat(result.finalMetrics().js()).isLessThan(result.initialMetrics().js());
		}
	}

	private TrainingResult train(ModelKind kind, long seed) {
		return CganTrainer.train(this.train, this.heldOut, TestData.small(25), kind, seed, "cpu", ProgressListener.NONE);
	}

}
