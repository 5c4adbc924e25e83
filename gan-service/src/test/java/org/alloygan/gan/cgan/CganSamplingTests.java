package org.alloygan.gan.cgan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alloygan.core.composition.Composition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CganSamplingTests {

	private static TrainingResult cgan;

	@BeforeAll
	static void train() {
		cgan = CganTrainer.train(TrainingSet.of(TestData.synthetic(300, 1)), TrainingSet.of(TestData.synthetic(60, 2)),
				TestData.small(40), ModelKind.CGAN, 3, "cpu", ProgressListener.NONE);
	}

	@AfterAll
	static void close() {
		cgan.close();
	}

	@Test
	void rawCandidatesAreRowsOfFractionsSummingToOne() {
		int count = 2 * CganModel.GENERATION_BATCH + 17;
		RawCandidates raw = cgan.model().generate(Target.temperatures(650.0, 700.0, 1040.0), "Cu", count, 1);
		int v = cgan.model().vocabulary().size();
		assertThat(raw.count()).isEqualTo(count);
		assertThat(raw.fractions()).hasSize(count * v);
		assertThat(raw.propertiesK()).isEmpty();
		for (int i = 0; i < count; i++) {
			double sum = 0;
			for (int e = 0; e < v; e++) {
				assertThat(raw.fraction(i, e)).isBetween(0f, 1f);
				sum += raw.fraction(i, e);
			}
			assertThat(sum).isCloseTo(1, within(1e-4));
		}
	}

	@Test
	void theSameSeedGivesTheSameCandidates() {
		Target target = new Target(null, null, null, 0.6, null, 50.0);
		float[] a = cgan.model().generate(target, null, 5000, 42).fractions();
		assertThat(cgan.model().generate(target, null, 5000, 42).fractions()).containsExactly(a);
		assertThat(cgan.model().generate(target, null, 5000, 43).fractions()).isNotEqualTo(a);
	}

	@Test
	void concurrentRequestsGetTheirOwnDeterministicCandidates() throws Exception {
		Target target = Target.temperatures(650.0, 700.0, 1040.0);
		float[] expected = cgan.model().generate(target, "Cu", 3000, 5).fractions();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<float[]>> futures = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				futures.add(pool.submit(() -> cgan.model().generate(target, "Cu", 3000, 5).fractions()));
			}
			for (Future<float[]> future : futures) {
				assertThat(future.get()).containsExactly(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void anySubsetOfTargetsAndAnyFamilyMayBeRequested() {
		for (Target target : List.of(Target.NONE, new Target(700.0, null, null, null, null, null),
				new Target(null, null, null, null, 0.4, null), Target.temperatures(650.0, 700.0, 1040.0))) {
			for (String family : new String[] { null, "Cu", "Fe", "Pd" }) {
				assertThat(cgan.model().generate(target, family, 10, 1).count()).isEqualTo(10);
			}
		}
	}

	@Test
	void candidatesAreRoundedToTenthsAndSumToExactly100() {
		List<Composition> candidates = cgan.model()
			.candidates(Target.temperatures(800.0, 860.0, 1280.0), "Fe", 2500, 9, Compositions.DEFAULT_MIN_ATOMIC_PERCENT);
		// more rows than one rounding chunk, so the parallel chunks and their order are checked
		assertThat(candidates).hasSize(2500).doesNotContainNull();
		RawCandidates raw = cgan.model().generate(Target.temperatures(800.0, 860.0, 1280.0), "Fe", 2500, 9);
		for (int i = 0; i < candidates.size(); i++) {
			// the map form and the composition form are one rounding
			assertThat(candidates.get(i))
				.isEqualTo(Composition.of(raw.atomicPercent(i, Compositions.DEFAULT_MIN_ATOMIC_PERCENT)));
		}
		for (Composition c : candidates) {
			BigDecimal sum = BigDecimal.ZERO;
			for (double v : c.atomicPercent().values()) {
				assertThat(v * 10).isCloseTo(Math.rint(v * 10), within(1e-9));
				assertThat(v).isGreaterThanOrEqualTo(0.1);
				sum = sum.add(BigDecimal.valueOf(v));
			}
			assertThat(sum).isEqualByComparingTo("100.0");
		}
	}

	@Test
	void postProcessingDropsTracesAndKeepsTheSumAt100() {
		List<String> vocabulary = List.of("Al", "Cu", "Ni", "Zr");
		float[] fractions = { 0.333333f, 0.333333f, 0.004f, 0.333334f };
		Map<String, Double> c = Compositions.toAtomicPercent(fractions, 0, vocabulary, 0.5);
		assertThat(c).containsOnlyKeys("Al", "Cu", "Zr");
		assertThat(c.values().stream().mapToLong((v) -> Math.round(v * 10)).sum()).isEqualTo(1000);
		assertThat(c).containsEntry("Zr", 33.4).containsEntry("Al", 33.3).containsEntry("Cu", 33.3);
		assertThat(c.keySet().iterator().next()).isEqualTo("Zr");
		Map<String, Double> single = Compositions.toAtomicPercent(new float[] { 0.001f, 0.001f, 0.001f, 0.001f }, 0,
				vocabulary, 30);
		assertThat(single).containsExactly(Map.entry("Al", 100.0));
	}

	@Test
	void rowsWithNothingToRoundGiveNoComposition() {
		String[] vocabulary = { "Al", "Cu", "Ni", "Zr" };
		Compositions.Rounder rounder = new Compositions.Rounder(vocabulary, 0.5);
		assertThat(rounder.composition(new float[] { 0, 0, 0, 0 }, 0)).isNull();
		assertThat(rounder.composition(new float[] { Float.NaN, 0.5f, 0.2f, 0.3f }, 0)).isNull();
		assertThat(rounder.composition(new float[] { 0.9f, 0.1f, 0, 0, 0, 0, 0.5f, 0.5f }, 4))
			.hasToString("Ni50Zr50");
	}

	@Test
	void postProcessingOrdersByAmount() {
		Map<String, Double> c = Compositions.toAtomicPercent(new float[] { 0.1f, 0.5f, 0.05f, 0.35f }, 0,
				List.of("Al", "Cu", "Ni", "Zr"), 0.5);
		assertThat(c).containsExactly(Map.entry("Cu", 50.0), Map.entry("Zr", 35.0), Map.entry("Al", 10.0),
				Map.entry("Ni", 5.0));
	}

	@Test
	void unconditionalModelsRefuseTargetsAndGanPlusGeneratesProperties() {
		try (TrainingResult ganPlus = CganTrainer.train(TrainingSet.of(TestData.synthetic(300, 1)),
				TrainingSet.of(TestData.synthetic(60, 2)), TestData.small(20), ModelKind.GAN_PLUS, 3, "cpu",
				ProgressListener.NONE)) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ganPlus.model().generate(Target.temperatures(650.0, 700.0, 1040.0), null, 10, 1));
			assertThatIllegalArgumentException().isThrownBy(() -> ganPlus.model().generate(Target.NONE, "Cu", 10, 1));
			RawCandidates raw = ganPlus.model().generate(Target.NONE, null, 100, 1);
			assertThat(raw.propertiesK()).hasSize(300);
			for (float t : raw.propertiesK()) {
				assertThat(t).isBetween(0f, 5000f);
			}
		}
	}

}
