package org.alloygan.core.element;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Spot checks against the published values quoted in shared/data/elements/SOURCES.md. */
class ElementTablesTests {

	private final ElementTable elements = ElementTable.standard();

	private final MixingEnthalpyTable enthalpies = MixingEnthalpyTable.standard();

	@Test
	void periodicTableKnowsAllSymbolsCaseSensitively() {
		assertThat(PeriodicTable.atomicNumber("H")).isEqualTo(1);
		assertThat(PeriodicTable.atomicNumber("Cu")).isEqualTo(29);
		assertThat(PeriodicTable.atomicNumber("Lr")).isEqualTo(103);
		assertThat(PeriodicTable.atomicNumber("Og")).isEqualTo(118);
		assertThat(PeriodicTable.atomicNumber("CU")).isZero();
		assertThat(PeriodicTable.atomicNumber("Xx")).isZero();
		assertThat(PeriodicTable.symbol(40)).isEqualTo("Zr");
		for (int z = 1; z <= PeriodicTable.MAX_Z; z++) {
			assertThat(PeriodicTable.atomicNumber(PeriodicTable.symbol(z))).isEqualTo(z);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> PeriodicTable.symbol(119));
	}

	@ParameterizedTest(name = "{0}: r = {1} pm, VEC = {2}")
	@CsvSource({ "Zr, 158, 4", "Cu, 126, 11", "Ni, 126, 10", "Al, 141, 3", "Fe, 125, 8", "Ti, 142, 4", "La, 187, 3",
			"B, 88, 3", "Be, 112, 2", "Hf, 158, 4", "W, 135, 6", "Pt, 139, 10", "Au, 143, 11", "Gd, 176, 3" })
	void miracleRadiiAndValenceElectrons(String symbol, double radius, double vec) {
		assertThat(this.elements.value(symbol, ElementProperty.MIRACLE_RADIUS)).isEqualTo(radius);
		assertThat(this.elements.value(symbol, ElementProperty.VEC)).isEqualTo(vec);
	}

	@Test
	void otherPropertiesAndMissingValues() {
		assertThat(this.elements.value("Cu", ElementProperty.ATOMIC_WEIGHT)).isEqualTo(63.546);
		assertThat(this.elements.value("Cu", ElementProperty.ELECTRONEGATIVITY)).isEqualTo(1.9);
		assertThat(this.elements.value("Cu", ElementProperty.MELTING_POINT)).isEqualTo(1357.77);
		assertThat(this.elements.value("He", ElementProperty.MIRACLE_RADIUS)).isNaN();
		assertThat(this.elements.value("He", ElementProperty.ELECTRONEGATIVITY)).isNaN();
		assertThat(this.elements.value("Og", ElementProperty.ATOMIC_WEIGHT)).isNaN();
		assertThat(this.elements.column(ElementProperty.MIRACLE_RADIUS)).hasSize(PeriodicTable.MAX_Z + 1);
		assertThatIllegalArgumentException().isThrownBy(() -> this.elements.value("Xx", ElementProperty.VEC));
	}

	@ParameterizedTest(name = "{0}-{1}: {2} kJ/mol")
	@CsvSource({ "Cu, Zr, -23", "Al, Zr, -44", "Ni, Zr, -49", "Al, Ni, -22", "Al, Cu, -1", "Cu, Ni, 4", "Fe, B, -26",
			"Be, Zr, -43", "Ti, Zr, 0" })
	void takeuchiInoueEnthalpiesAreSymmetric(String a, String b, double enthalpy) {
		assertThat(this.enthalpies.enthalpy(a, b)).isEqualTo(enthalpy);
		assertThat(this.enthalpies.enthalpy(b, a)).isEqualTo(enthalpy);
	}

	@Test
	void pairsOutsideTheTableAreNaN() {
		assertThat(this.enthalpies.pairCount()).isEqualTo(2628);
		assertThat(this.enthalpies.enthalpy("Cu", "He")).isNaN();
		assertThat(this.enthalpies.enthalpy("Cu", "Rf")).isNaN();
		assertThat(this.enthalpies.enthalpy("Cu", "Cu")).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> this.enthalpies.enthalpy("Cu", "CU"));
	}

}
