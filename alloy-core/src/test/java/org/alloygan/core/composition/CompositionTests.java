package org.alloygan.core.composition;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CompositionTests {

	@Test
	void normalisesToAtomicPercentInAlphabeticalOrder() {
		Composition composition = Composition.of(Map.of("Zr", 0.43, "Cu", 0.5, "Al", 0.07));
		assertThat(composition.atomicPercent()).containsExactly(Map.entry("Al", 7.0), Map.entry("Cu", 50.0),
				Map.entry("Zr", 43.0));
		assertThat(composition.canonicalKey()).isEqualTo("Al7.00Cu50.00Zr43.00");
		assertThat(composition.formula()).isEqualTo("Cu50Zr43Al7");
		assertThat(composition.baseElement()).isEqualTo("Cu");
		assertThat(composition.size()).isEqualTo(3);
		assertThat(composition.percentOf("Zr")).isEqualTo(43.0);
		assertThat(composition.percentOf("Fe")).isZero();
	}

	@Test
	void roundingResidueGoesToTheLargestComponent() {
		// thirds round to 33.33 each (99.99); the missing 0.01 goes to the largest, alphabetically first on a tie
		Composition thirds = Composition.of(Map.of("Zr", 1, "Cu", 1, "Al", 1));
		assertThat(thirds.canonicalKey()).isEqualTo("Al33.34Cu33.33Zr33.33");
		assertThat(thirds.baseElement()).isEqualTo("Al");

		Composition sevenths = Composition.of(Map.of("Fe", 4, "B", 1, "Si", 1, "Nb", 1));
		// 57.142857 -> 57.14, 14.285714 -> 14.29 (x3) = 100.01; Fe takes -0.01
		assertThat(sevenths.canonicalKey()).isEqualTo("B14.29Fe57.13Nb14.29Si14.29");
	}

	@Test
	void formulaDropsTrailingZerosAndOrdersByAmount() {
		Composition vit1 = Composition
			.of(Map.of("Zr", 41.2, "Ti", 13.8, "Cu", 12.5, "Ni", 10.0, "Be", 22.5));
		assertThat(vit1.formula()).isEqualTo("Zr41.2Be22.5Ti13.8Cu12.5Ni10");
		assertThat(vit1.canonicalKey()).isEqualTo("Be22.50Cu12.50Ni10.00Ti13.80Zr41.20");
		assertThat(Composition.of(Map.of("Fe", 99.95, "C", 0.05)).formula()).isEqualTo("Fe99.95C0.05");
		assertThat(Composition.of(Map.of("Cu", 50, "Zr", 50)).formula()).isEqualTo("Cu50Zr50");
		assertThat(Composition.of(Map.of("Cu", 50, "Zr", 50)).baseElement()).isEqualTo("Cu");
	}

	@Test
	void equalityFollowsTheCanonicalKey() {
		Map<String, Double> forward = new LinkedHashMap<>();
		forward.put("Cu", 50.0);
		forward.put("Zr", 50.0);
		Map<String, Double> backward = new LinkedHashMap<>();
		backward.put("Zr", 0.5);
		backward.put("Cu", 0.5);
		assertThat(Composition.of(forward)).isEqualTo(Composition.of(backward))
			.hasSameHashCodeAs(Composition.of(backward));
		assertThat(Composition.of(Map.of("Cu", 50.001, "Zr", 49.999))).isEqualTo(Composition.of(forward));
		assertThat(Composition.of(Map.of("Cu", 50.01, "Zr", 49.99))).isNotEqualTo(Composition.of(forward));
	}

	@Test
	void indexedAccessorsFollowAlphabeticalOrder() {
		Composition composition = Composition.of(Map.of("Zr", 43, "Cu", 50, "Al", 7));
		assertThat(composition.symbol(0)).isEqualTo("Al");
		assertThat(composition.atomicNumber(0)).isEqualTo(13);
		assertThat(composition.fraction(0)).isEqualTo(0.07);
		assertThat(composition.atomicNumber(2)).isEqualTo(40);
	}

	@Test
	void rejectsInvalidAmountsAndSymbols() {
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.of(Map.of()))
			.withMessageContaining("at least one element");
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.of(Map.of("Xx", 1)))
			.withMessageContaining("unknown element 'Xx'");
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.of(Map.of("CU", 1)))
			.withMessageContaining("unknown element 'CU'");
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.of(Map.of("Cu", 0)))
			.withMessageContaining("must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.of(Map.of("Cu", -1, "Zr", 2)))
			.withMessageContaining("must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.of(Map.of("Cu", Double.NaN)))
			.withMessageContaining("must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.of(Map.of("Fe", 1, "C", 1e-5)))
			.withMessageContaining("below the 0.01 at.% resolution");
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.of(Map.of("Cu", 1)).percentOf("Xx"))
			.withMessageContaining("unknown element 'Xx'");
	}

	@Test
	void exactHundredthsGiveTheSameCompositionAsTheMapForm() {
		Composition exact = Composition.ofHundredths(new String[] { "Zr", "Al", "Cu" }, new int[] { 4300, 700, 5000 });
		assertThat(exact).isEqualTo(Composition.of(Map.of("Zr", 43.0, "Cu", 50.0, "Al", 7.0)));
		assertThat(exact.canonicalKey()).isEqualTo("Al7.00Cu50.00Zr43.00");
		assertThat(exact.baseElement()).isEqualTo("Cu");
		assertThat(exact.atomicNumber(0)).isEqualTo(13);
	}

	@Test
	void exactHundredthsMustBeValid() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Composition.ofHundredths(new String[] { "Cu", "Zr" }, new int[] { 5000, 4999 }))
			.withMessageContaining("not 100.00");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Composition.ofHundredths(new String[] { "Cu", "Cu" }, new int[] { 5000, 5000 }))
			.withMessageContaining("given twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Composition.ofHundredths(new String[] { "Cu", "Zr" }, new int[] { 10_000, 0 }))
			.withMessageContaining("must be positive");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Composition.ofHundredths(new String[] { "Cu", "Qq" }, new int[] { 5000, 5000 }))
			.withMessageContaining("unknown element 'Qq'");
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.ofHundredths(new String[0], new int[0]))
			.withMessageContaining("at least one element");
	}

}
