package org.alloygan.core.descriptor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ThermalDescriptorsTests {

	@Test
	void allCriteriaFromRoundTemperatures() {
		// Tg 600 K, Tx 700 K, Tl 1000 K, worked by hand
		ThermalDescriptors d = ThermalDescriptors.of(600.0, 700.0, 1000.0);
		assertThat(d.trg()).isCloseTo(0.6, within(1e-12));
		assertThat(d.gamma()).isCloseTo(700.0 / 1600, within(1e-12));
		assertThat(d.deltaTx()).isCloseTo(100, within(1e-12));
		assertThat(d.omega()).isCloseTo(6.0 / 7 - 0.75, within(1e-12));
		assertThat(d.gammaM()).isCloseTo(0.8, within(1e-12));
		assertThat(d.xi()).isCloseTo(0.6 + 1.0 / 7, within(1e-12));
		assertThat(d.beta()).isCloseTo(7.0 / 6 + 0.6, within(1e-12));
	}

	@Test
	void vit1() {
		// temperatures typical of Vit1 (Tg 625 K, Tx 705 K, Tl 993 K): 705 / 1618 = 0.4357, 625 / 993 = 0.6294
		ThermalDescriptors d = ThermalDescriptors.of(625.0, 705.0, 993.0);
		assertThat(d.gamma()).isCloseTo(0.436, within(0.001));
		assertThat(d.trg()).isCloseTo(0.629, within(0.001));
	}

	@Test
	void missingTemperaturesGiveNullCriteria() {
		ThermalDescriptors noLiquidus = ThermalDescriptors.of(600.0, 700.0, null);
		assertThat(noLiquidus.deltaTx()).isEqualTo(100.0);
		assertThat(noLiquidus).extracting(ThermalDescriptors::trg, ThermalDescriptors::gamma, ThermalDescriptors::omega,
				ThermalDescriptors::gammaM, ThermalDescriptors::xi, ThermalDescriptors::beta)
			.containsOnlyNulls();
		ThermalDescriptors noCrystallisation = ThermalDescriptors.of(600.0, null, 1000.0);
		assertThat(noCrystallisation.trg()).isEqualTo(0.6);
		assertThat(noCrystallisation.deltaTx()).isNull();
		assertThat(noCrystallisation.gamma()).isNull();
		assertThat(ThermalDescriptors.of(null, null, null)).isEqualTo(
				new ThermalDescriptors(null, null, null, null, null, null, null));
	}

	@Test
	void rejectsPlaceholdersForUnknownTemperatures() {
		assertThatIllegalArgumentException().isThrownBy(() -> ThermalDescriptors.of(0.0, 700.0, 1000.0))
			.withMessageContaining("Tg must be a positive temperature");
		assertThatIllegalArgumentException().isThrownBy(() -> ThermalDescriptors.of(600.0, Double.NaN, 1000.0))
			.withMessageContaining("Tx");
		assertThatIllegalArgumentException().isThrownBy(() -> ThermalDescriptors.of(600.0, 700.0, -1.0))
			.withMessageContaining("Tl");
	}

}
