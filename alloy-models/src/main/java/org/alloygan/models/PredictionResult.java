package org.alloygan.models;

/**
 * The outcome for one composition text: a prediction, or why there is none.
 *
 * @param input the text as given
 * @param prediction the prediction, or null on error
 * @param error what is wrong with the text, or null on success
 * @param position 0-based character position of the problem in {@code input} when known, else -1
 */
public record PredictionResult(String input, Prediction prediction, String error, int position) {

	static PredictionResult ok(String input, Prediction prediction) {
		return new PredictionResult(input, prediction, null, -1);
	}

	static PredictionResult failed(String input, String error, int position) {
		return new PredictionResult(input, null, error, position);
	}

	/** Whether there is a prediction. */
	public boolean ok() {
		return this.prediction != null;
	}

}
