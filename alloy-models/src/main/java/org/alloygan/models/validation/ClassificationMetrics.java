package org.alloygan.models.validation;

import java.util.List;

/**
 * Agreement of predicted classes with the reported ones.
 *
 * @param labels class names, index = class number
 * @param confusion {@code confusion[actual][predicted]} counts
 * @param precision per class: correct predictions of the class / predictions of the class (0 when never predicted)
 * @param recall per class: correct predictions of the class / rows of the class (0 when absent)
 * @param f1 per class: harmonic mean of precision and recall (0 when both are 0)
 * @param macroF1 unweighted mean of the per-class F1, so a rare class counts as much as a common one
 * @param accuracy share of rows predicted correctly
 * @param n number of rows
 */
public record ClassificationMetrics(List<String> labels, int[][] confusion, double[] precision, double[] recall,
		double[] f1, double macroF1, double accuracy, int n) {

	public ClassificationMetrics {
		labels = List.copyOf(labels);
	}

	/**
	 * Computes the metrics.
	 * @param actual class number of each row
	 * @param predicted predicted class number of each row
	 * @param labels class names; the number of classes
	 */
	public static ClassificationMetrics of(int[] actual, int[] predicted, List<String> labels) {
		if (actual.length != predicted.length || actual.length == 0) {
			throw new IllegalArgumentException("need equally many classes and predictions, at least one: "
					+ actual.length + " vs " + predicted.length);
		}
		int k = labels.size();
		int[][] confusion = new int[k][k];
		int correct = 0;
		for (int i = 0; i < actual.length; i++) {
			confusion[actual[i]][predicted[i]]++;
			if (actual[i] == predicted[i]) {
				correct++;
			}
		}
		double[] precision = new double[k];
		double[] recall = new double[k];
		double[] f1 = new double[k];
		double macro = 0;
		for (int c = 0; c < k; c++) {
			int predictedAs = 0;
			int actually = 0;
			for (int o = 0; o < k; o++) {
				predictedAs += confusion[o][c];
				actually += confusion[c][o];
			}
			precision[c] = (predictedAs > 0) ? confusion[c][c] / (double) predictedAs : 0;
			recall[c] = (actually > 0) ? confusion[c][c] / (double) actually : 0;
			double sum = precision[c] + recall[c];
			f1[c] = (sum > 0) ? 2 * precision[c] * recall[c] / sum : 0;
			macro += f1[c];
		}
		return new ClassificationMetrics(labels, confusion, precision, recall, f1, macro / k,
				correct / (double) actual.length, actual.length);
	}

}
