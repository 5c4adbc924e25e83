package org.alloygan.models.validation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTests {

	@Test
	void regressionMetricsMatchHandComputedValues() {
		// errors 1, -1, 0, 2 -> MAE 1, MSE 6/4, mean of actual 5, SS_tot = 9 + 1 + 1 + 9 = 20
		RegressionMetrics metrics = RegressionMetrics.of(new double[] { 2, 4, 6, 8 }, new double[] { 1, 5, 6, 6 });
		assertThat(metrics.mae()).isCloseTo(1.0, within(1e-12));
		assertThat(metrics.rmse()).isCloseTo(Math.sqrt(1.5), within(1e-12));
		assertThat(metrics.r2()).isCloseTo(1 - 6.0 / 20, within(1e-12));
		assertThat(metrics.n()).isEqualTo(4);
	}

	@Test
	void predictingTheMeanScoresZeroAndWorseIsNegative() {
		assertThat(RegressionMetrics.of(new double[] { 1, 2, 3 }, new double[] { 2, 2, 2 }).r2()).isZero();
		assertThat(RegressionMetrics.of(new double[] { 1, 2, 3 }, new double[] { 3, 2, 1 }).r2()).isEqualTo(-3.0);
	}

	@Test
	void classificationMetricsMatchHandComputedValues() {
		// actual:    0 0 0 1 1 2
		// predicted: 0 0 1 1 2 2
		ClassificationMetrics metrics = ClassificationMetrics.of(new int[] { 0, 0, 0, 1, 1, 2 },
				new int[] { 0, 0, 1, 1, 2, 2 }, List.of("a", "b", "c"));
		assertThat(metrics.confusion()).isDeepEqualTo(new int[][] { { 2, 1, 0 }, { 0, 1, 1 }, { 0, 0, 1 } });
		assertThat(metrics.precision()).containsExactly(new double[] { 1.0, 0.5, 0.5 }, within(1e-12));
		assertThat(metrics.recall()).containsExactly(new double[] { 2.0 / 3, 0.5, 1.0 }, within(1e-12));
		double f1a = 2 * 1.0 * (2.0 / 3) / (1 + 2.0 / 3);
		double f1c = 2 * 0.5 * 1.0 / 1.5;
		assertThat(metrics.f1()).containsExactly(new double[] { f1a, 0.5, f1c }, within(1e-12));
		assertThat(metrics.macroF1()).isCloseTo((f1a + 0.5 + f1c) / 3, within(1e-12));
		assertThat(metrics.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
	}

	@Test
	void aClassNeverPredictedHasZeroPrecisionNotNaN() {
		ClassificationMetrics metrics = ClassificationMetrics.of(new int[] { 0, 1 }, new int[] { 0, 0 },
				List.of("a", "b"));
		assertThat(metrics.precision()[1]).isZero();
		assertThat(metrics.f1()[1]).isZero();
		assertThat(metrics.macroF1()).isCloseTo((2 * 0.5 / 1.5 + 0) / 2, within(1e-12));
	}

}
