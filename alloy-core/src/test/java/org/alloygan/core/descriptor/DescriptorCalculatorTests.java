package org.alloygan.core.descriptor;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.composition.CompositionParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DescriptorCalculatorTests {

	private static final double R = 8.314462618;

	private final DescriptorCalculator calculator = DescriptorCalculator.standard();

	private final CompositionParser parser = new CompositionParser();

	@Test
	void cu50Zr50ByHand() {
		// Takeuchi-Inoue Cu-Zr -23 kJ/mol; Miracle radii Cu 126, Zr 158 pm; Pauling Cu 1.90, Zr 1.33;
		// VEC Cu 11, Zr 4
		CompositionDescriptors d = calculate("Cu50Zr50");
		assertThat(d.mixingEnthalpy()).isCloseTo(4 * 0.5 * 0.5 * -23, within(1e-12));
		// r̄ = 142, both radii 16 pm away from it
		assertThat(d.atomicSizeMismatch()).isCloseTo(100 * 16.0 / 142, within(1e-12));
		assertThat(d.mixingEntropy()).isCloseTo(R * Math.log(2), within(1e-12));
		assertThat(d.electronegativityDifference()).isCloseTo((1.90 - 1.33) / 2, within(1e-12));
		assertThat(d.meanVec()).isCloseTo(7.5, within(1e-12));
		assertThat(d.meanAtomicWeight()).isCloseTo((63.546 + 91.224) / 2, within(1e-12));
		assertThat(d.atomicWeightDeviation()).isCloseTo((91.224 - 63.546) / 2, within(1e-12));
		assertThat(d.meanMeltingPoint()).isCloseTo((1357.77 + 2128) / 2, within(1e-9));
		assertThat(d.meltingPointDeviation()).isCloseTo((2128 - 1357.77) / 2, within(1e-9));
		assertThat(d.family()).isEqualTo("Cu");
		assertThat(d.componentCount()).isEqualTo(2);
		assertThat(d.complete()).isTrue();
	}

	@Test
	void vit1MixingEnthalpyByHand() {
		// pair values looked up in shared/data/elements/MiedemaLiquidDeltaHf.tsv
		Map<String, Double> x = Map.of("Zr", 0.412, "Ti", 0.138, "Cu", 0.125, "Ni", 0.10, "Be", 0.225);
		double expected = 4 * (x.get("Zr") * x.get("Ti") * 0 + x.get("Zr") * x.get("Cu") * -23
				+ x.get("Zr") * x.get("Ni") * -49 + x.get("Zr") * x.get("Be") * -43 + x.get("Ti") * x.get("Cu") * -9
				+ x.get("Ti") * x.get("Ni") * -35 + x.get("Ti") * x.get("Be") * -30 + x.get("Cu") * x.get("Ni") * 4
				+ x.get("Cu") * x.get("Be") * 0 + x.get("Ni") * x.get("Be") * -4);
		double entropy = -R * x.values().stream().mapToDouble((xi) -> xi * Math.log(xi)).sum();
		CompositionDescriptors d = calculate("Zr41.2Ti13.8Cu12.5Ni10Be22.5");
		assertThat(d.mixingEnthalpy()).isCloseTo(expected, within(1e-9));
		assertThat(d.mixingEntropy()).isCloseTo(entropy, within(1e-9));
		assertThat(d.family()).isEqualTo("Zr");
		assertThat(d.componentCount()).isEqualTo(5);
	}

	/**
	 * Expected values from {@code python3 scripts/reference-descriptors.py}, which reads the shared
	 * source files directly (not alloy-core's generated tables); pasted output, also in
	 * docs/descriptors.md.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			Zr41.2Ti13.8Cu12.5Ni10Be22.5,13.560991,-35.196600,12.176147,0.219674,5.0250,1838.1153,60.0303
			Cu50Zr50,11.267606,-23.000000,5.763146,0.285000,7.5000,1742.8850,77.3850
			Pd40Ni40P20,11.492353,-22.720000,8.771094,0.140485,9.0000,1485.8800,72.2401
			Cu46Zr46Al8,10.815289,-26.091200,7.619912,0.273366,7.1400,1678.1318,73.3527
			Pd40Cu30Ni10P20,11.492353,-24.880000,10.641300,0.144184,9.3000,1374.8110,73.6959
			Mg65Cu25Y10,10.938171,-5.710000,7.124172,0.262017,4.3500,1119.2925,40.5753
			La55Al25Ni20,16.334443,-37.180000,8.291777,0.335313,4.4000,1235.1175,94.8821
			Fe80B20,12.585034,-16.640000,4.160577,0.084000,7.0000,1918.4000,46.8382
			Zr55Cu30Al10Ni5,10.242845,-30.570000,8.896868,0.264851,6.3000,1757.4780,74.8698
			Ni62Nb38,6.229480,-28.272000,5.521336,0.150470,8.1000,2116.3600,71.6943
			Zr65Al7.5Ni10Cu17.5,9.602538,-32.217500,8.393925,0.253823,5.7500,1863.6200,78.3091
			Pt42.5Cu27Ni9.5P21,10.970653,-24.943700,10.547167,0.170749,9.2200,1464.9859,112.1485
			""")
	void wellKnownGlassesMatchTheReferenceScript(String formula, double delta, double enthalpy, double entropy,
			double dchi, double vec, double meltingPoint, double weight) {
		CompositionDescriptors d = calculate(formula);
		assertThat(d.atomicSizeMismatch()).isCloseTo(delta, within(1e-6));
		assertThat(d.mixingEnthalpy()).isCloseTo(enthalpy, within(1e-6));
		assertThat(d.mixingEntropy()).isCloseTo(entropy, within(1e-6));
		assertThat(d.electronegativityDifference()).isCloseTo(dchi, within(1e-6));
		assertThat(d.meanVec()).isCloseTo(vec, within(1e-4));
		assertThat(d.meanMeltingPoint()).isCloseTo(meltingPoint, within(1e-4));
		assertThat(d.meanAtomicWeight()).isCloseTo(weight, within(1e-4));
		assertThat(d.complete()).isTrue();
	}

	@Test
	void singleElementHasNoMixing() {
		CompositionDescriptors d = calculate("Cu");
		assertThat(d.mixingEnthalpy()).isZero();
		assertThat(d.atomicSizeMismatch()).isZero();
		assertThat(d.mixingEntropy()).isZero();
		assertThat(d.electronegativityDifference()).isZero();
		assertThat(d.meltingPointDeviation()).isZero();
	}

	@Test
	void missingElementDataAreNaNAndNamed() {
		// He: no Miracle radius, electronegativity, melting point, and no pair enthalpies
		CompositionDescriptors d = calculate("Cu45Zr45He10");
		assertThat(d.atomicSizeMismatch()).isNaN();
		assertThat(d.mixingEnthalpy()).isNaN();
		assertThat(d.electronegativityDifference()).isNaN();
		assertThat(d.meanMeltingPoint()).isNaN();
		assertThat(d.meltingPointDeviation()).isNaN();
		assertThat(d.mixingEntropy()).isPositive();
		assertThat(d.meanVec()).isPositive();
		assertThat(d.meanAtomicWeight()).isPositive();
		assertThat(d.complete()).isFalse();
		assertThat(d.missing()).containsExactly("atomicSizeMismatch: no Miracle radius for He",
				"mixingEnthalpy: no Takeuchi-Inoue pair enthalpy for Cu-He, He-Zr",
				"electronegativityDifference: no Pauling electronegativity for He",
				"meanMeltingPoint, meltingPointDeviation: no melting point for He");
	}

	@Test
	void onlyThePairIsMissingWhenElementDataExist() {
		// Th and U have all element data, but Takeuchi & Inoue give no Th-U value
		CompositionDescriptors d = calculate("Th50U50");
		assertThat(d.missing()).containsExactly("mixingEnthalpy: no Takeuchi-Inoue pair enthalpy for Th-U");
		assertThat(d.mixingEnthalpy()).isNaN();
		assertThat(d.atomicSizeMismatch()).isCloseTo(100 * 10.0 / 168, within(1e-12));
	}

	private CompositionDescriptors calculate(String formula) {
		Composition composition = this.parser.parse(formula).composition();
		return this.calculator.calculate(composition);
	}

}
