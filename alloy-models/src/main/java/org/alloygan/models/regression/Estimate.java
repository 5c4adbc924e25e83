package org.alloygan.models.regression;

/**
 * A predicted value with its prediction interval.
 *
 * @param value the model's prediction
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 * @param level the interval's intended coverage, e.g. 0.9: on alloys like the training data (other alloys of the same
 * families), about that share of measurements fall inside
 */
public record Estimate(double value, double lower, double upper, double level) {

	/** Half the interval's width. */
	public double halfWidth() {
		return (this.upper - this.lower) / 2;
	}

}
