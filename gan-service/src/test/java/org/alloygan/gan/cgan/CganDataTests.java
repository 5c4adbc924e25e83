package org.alloygan.gan.cgan;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CganDataTests {

	@Test
	void wideCsvRenormalisesRowsNear100AndRejectsTheRest() {
		WideCsv.Result result = TestData.glasses();
		assertThat(result.read()).isEqualTo(3197);
		assertThat(result.rejected()).isEqualTo(56);
		assertThat(result.renormalised()).isEqualTo(85);
		assertThat(result.rows()).hasSize(3197 - 56);
		for (TrainingRow row : result.rows()) {
			assertThat(row.atomicPercent().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(100,
					within(1e-9));
			assertThat(row.tgK()).isNotNull();
		}
	}

	@Test
	void familyIsTheLargestAmountWithTiesBySymbol() {
		assertThat(TrainingRow.of(Map.of("Zr", 60.0, "Cu", 40.0), null, null, null).family()).isEqualTo("Zr");
		assertThat(TrainingRow.of(Map.of("Zr", 50.0, "Cu", 50.0), null, null, null).family()).isEqualTo("Cu");
		assertThat(new TrainingRow(Map.of("Zr", 60.0, "Cu", 40.0), null, null, null, "Cu").family()).isEqualTo("Cu");
	}

	@Test
	void rowsNeedAPositiveAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrainingRow.of(Map.of("Cu", 0.0), 1.0, 2.0, 3.0));
		assertThatIllegalArgumentException().isThrownBy(() -> TrainingRow.of(Map.of("Cu", -1.0, "Zr", 2.0), 1.0, 2.0, 3.0));
	}

	@Test
	void trainingSetHasASortedVocabularyAndFractionsSummingToOne() {
		TrainingSet set = TrainingSet.of(List.of(TrainingRow.of(Map.of("Zr", 64.0, "Cu", 36.0), 700.0, 750.0, 1100.0),
				TrainingRow.of(Map.of("Fe", 80.0, "B", 20.0), null, null, null)));
		assertThat(set.vocabulary()).containsExactly("B", "Cu", "Fe", "Zr");
		assertThat(set.compositions()[0]).containsExactly(0f, 0.36f, 0f, 0.64f);
		assertThat(set.compositions()[1]).containsExactly(0.2f, 0f, 0.8f, 0f);
		assertThat(set.targets(0)).containsExactly(700, 750, 1100, 700.0 / 1100, 750.0 / 1800, 50);
		assertThat(set.targets(1)).containsOnly(Double.NaN);
	}

	@Test
	void aRowOutsideTheVocabularyIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TrainingSet.of(List.of(TrainingRow.of(Map.of("Pd", 1.0), null, null, null)), List.of("Cu")))
			.withMessageContaining("Pd");
	}

	@Test
	void canonicalKeyIgnoresOrderAndScale() {
		assertThat(GroupedSplit.canonicalKey(Map.of("Zr", 64.0, "Cu", 36.0)))
			.isEqualTo(GroupedSplit.canonicalKey(Map.of("Cu", 0.36, "Zr", 0.64)))
			.isEqualTo("Cu36.00Zr64.00");
	}

	@Test
	void groupedSplitKeepsEachAlloyOnOneSide() {
		GroupedSplit.Split split = TestData.glassesSplit();
		Set<String> train = new HashSet<>();
		split.train().forEach((r) -> train.add(GroupedSplit.canonicalKey(r.atomicPercent())));
		Set<String> heldOut = new HashSet<>();
		split.heldOut().forEach((r) -> heldOut.add(GroupedSplit.canonicalKey(r.atomicPercent())));
		assertThat(train).doesNotContainAnyElementsOf(heldOut);
		assertThat((double) heldOut.size() / (train.size() + heldOut.size())).isCloseTo(0.2, within(0.01));
		assertThat(split.train().size() + split.heldOut().size()).isEqualTo(TestData.glasses().rows().size());
		assertThat(TestData.glassesSplit()).isEqualTo(split);
	}

}
