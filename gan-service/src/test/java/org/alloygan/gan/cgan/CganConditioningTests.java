package org.alloygan.gan.cgan;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CganConditioningTests {

	private final TrainingSet set = TrainingSet.of(TestData.synthetic(200, 3));

	private final Conditioning conditioning = Conditioning.fit(this.set, 1);

	@Test
	void familiesAreTheMostFrequentPlusOther() {
		assertThat(this.conditioning.families()).hasSize(1).containsAnyOf("Cu", "Fe");
		assertThat(this.conditioning.width()).isEqualTo(6 + 6 + 1 + 1);
		assertThat(this.conditioning.familyIndex(null)).isEqualTo(-1);
		assertThat(this.conditioning.familyIndex(this.conditioning.families().get(0))).isZero();
		assertThat(this.conditioning.familyIndex("Pd")).isEqualTo(1);
	}

	@Test
	void givenTargetsAreStandardisedAndFlaggedTheRestZeroed() {
		float[] c = this.conditioning.encode(new Target(700.0, null, null, null, null, null), null);
		double expected = (700 - this.conditioning.mean().get(0)) / this.conditioning.std().get(0);
		assertThat((double) c[0]).isCloseTo(expected, within(1e-5));
		assertThat(c).containsSequence(0f, 0f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 0f, 0f, 0f, 0f);
	}

	@Test
	void derivedCriteriaFollowFromGivenTemperatures() {
		Target t = Target.temperatures(600.0, 650.0, 1000.0);
		assertThat(t.trg()).isCloseTo(0.6, within(1e-12));
		assertThat(t.gamma()).isCloseTo(650.0 / 1600, within(1e-12));
		assertThat(t.deltaTxK()).isCloseTo(50, within(1e-12));
		assertThat(new Target(600.0, null, null, null, null, null).withDerived().trg()).isNull();
		float[] c = this.conditioning.encode(new Target(600.0, null, 1000.0, null, null, null), "Pd");
		assertThat(c).containsSequence(1f, 0f, 1f, 1f, 0f, 0f, 0f, 1f);
	}

	@Test
	void trainingConditionsAreMaskedAtRandomButReproducibly() {
		float[] a = batches(0.5, 11).conditions(rows());
		assertThat(batches(0.5, 11).conditions(rows())).containsExactly(a);
		assertThat(batches(0.5, 12).conditions(rows())).isNotEqualTo(a);
		double given = flagShare(a);
		assertThat(given).isBetween(0.4, 0.6);
		assertThat(flagShare(batches(1, 11).conditions(rows()))).isEqualTo(1.0);
		float[] none = batches(0, 11).conditions(rows());
		assertThat(none).containsOnly(0f);
	}

	@Test
	void maskedValuesAreZero() {
		float[] c = batches(0.5, 5).conditions(rows());
		int width = this.conditioning.width();
		for (int i = 0; i < rows().length; i++) {
			for (int k = 0; k < Target.COUNT; k++) {
				if (c[i * width + Target.COUNT + k] == 0f) {
					assertThat(c[i * width + k]).isZero();
				}
			}
		}
	}

	private Batches batches(double keep, long seed) {
		return new Batches(this.set, ModelKind.CGAN, this.conditioning, keep, new Random(seed));
	}

	private int[] rows() {
		int[] rows = new int[200];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = i;
		}
		return rows;
	}

	private double flagShare(float[] conditions) {
		int width = this.conditioning.width();
		double flags = 0;
		for (int i = 0; i < conditions.length / width; i++) {
			for (int k = 0; k < Target.COUNT; k++) {
				flags += conditions[i * width + Target.COUNT + k];
			}
		}
		return flags / (conditions.length / width * Target.COUNT);
	}

	@Test
	void conditioningKeepsItsStatistics() {
		assertThat(this.conditioning.mean()).hasSize(6);
		assertThat(this.conditioning.std()).allSatisfy((s) -> assertThat(s).isPositive());
		assertThat(new Conditioning(List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0), List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
				List.of()).width()).isEqualTo(13);
	}

}
