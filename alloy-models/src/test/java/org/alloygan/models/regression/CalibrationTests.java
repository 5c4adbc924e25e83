package org.alloygan.models.regression;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationTests {

	@Test
	void conformalQuantileIsTheCeilOfNPlusOneTimesLevelSmallestResidual() {
		double[] residuals = new double[99];
		for (int i = 0; i < residuals.length; i++) {
			residuals[i] = 99 - i; // 99 ... 1, unsorted on purpose
		}
		// ceil(100 * 0.9) = 90th smallest = 90
		assertThat(Calibration.quantile(residuals, 0.9)).isEqualTo(90);
		// ceil(4 * 0.9) = 4 > 3 residuals: no finite interval has the guarantee
		assertThat(Calibration.quantile(new double[] { 1, 2, 3 }, 0.9)).isInfinite();
	}

	@Test
	void familiesWithEnoughResidualsGetTheirOwnWidth() {
		double[] residuals = new double[160];
		List<String> families = new java.util.ArrayList<>();
		for (int i = 0; i < 100; i++) {
			residuals[i] = 10;
			families.add("Zr");
		}
		for (int i = 100; i < 160; i++) {
			residuals[i] = 1;
			families.add("Fe");
		}
		Calibration calibration = Calibration.of(0.9, residuals, families);
		assertThat(calibration.halfWidth("Zr")).isEqualTo(10);
		assertThat(calibration.halfWidth("Fe")).isEqualTo(1);
		// Pd has no residuals of its own: the global quantile (ranks 145 of 160 -> 10)
		assertThat(calibration.halfWidth("Pd")).isEqualTo(10);
		assertThat(Calibration.of(0.9, new double[] { 1, 2 }, Collections.nCopies(2, "Cu")).familyHalfWidths())
			.isEmpty();
	}

}
