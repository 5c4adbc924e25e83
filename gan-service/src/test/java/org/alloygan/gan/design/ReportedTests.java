package org.alloygan.gan.design;

import org.alloygan.models.regression.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportedTests {

	@Test
	void temperaturesToATenthOfAKelvinRatiosAndProbabilitiesToFourDecimals() {
		assertThat(Reported.value(Target.TG, 693.8770141601562)).isEqualTo(693.9);
		assertThat(Reported.value(Target.DTX, 61.41443634033203)).isEqualTo(61.4);
		assertThat(Reported.value(Target.TRG, 0.5765377879142761)).isEqualTo(0.5765);
		assertThat(Reported.value(Target.GAMMA, 0.4104333221912384)).isEqualTo(0.4104);
		assertThat(Reported.probability(1.438402250641957E-4)).isEqualTo(1.0E-4);
		assertThat(Reported.round(4.899999999999988, 100)).isEqualTo(4.9);
		assertThat(Reported.value(Target.TL, Double.NaN)).isNaN();
	}

}
