package org.alloygan.models.validation;

/**
 * Agreement of predictions with measurements.
 *
 * @param r2 coefficient of determination 1 − SS<sub>res</sub>/SS<sub>tot</sub>, with SS<sub>tot</sub> around the mean
 * of the evaluated measurements (so a constant prediction of that mean scores 0, a worse one below 0)
 * @param mae mean absolute error, in the target's unit
 * @param rmse root mean squared error, in the target's unit
 * @param n number of evaluated rows
 */
public record RegressionMetrics(double r2, double mae, double rmse, int n) {

	/**
	 * Computes the metrics.
	 * @throws IllegalArgumentException if the arrays differ in length or are empty
	 */
	public static RegressionMetrics of(double[] actual, double[] predicted) {
		if (actual.length != predicted.length || actual.length == 0) {
			throw new IllegalArgumentException(
					"need equally many measurements and predictions, at least one: " + actual.length + " vs "
							+ predicted.length);
		}
		int n = actual.length;
		double mean = 0;
		for (double a : actual) {
			mean += a;
		}
		mean /= n;
		double absolute = 0;
		double squared = 0;
		double total = 0;
		for (int i = 0; i < n; i++) {
			double e = actual[i] - predicted[i];
			absolute += Math.abs(e);
			squared += e * e;
			total += (actual[i] - mean) * (actual[i] - mean);
		}
		double r2 = (total > 0) ? 1 - squared / total : Double.NaN;
		return new RegressionMetrics(r2, absolute / n, Math.sqrt(squared / n), n);
	}

}
