package org.alloygan.gan.design;

import org.alloygan.models.regression.Target;

/**
 * The precision predictions are reported with. Models compute in single precision, and printed as doubles their
 * values carry 16 digits (693.8770141601562 K) that mean nothing next to intervals tens of kelvin wide; they also
 * made a design of 1,000 candidates twice as long to store, send and read.
 */
public final class Reported {

	private Reported() {
	}

	/** Temperatures (and ΔTx) to 0.1 K, the ratios Trg and γ to 4 decimals. */
	public static double value(Target target, double value) {
		return switch (target) {
			case TRG, GAMMA -> round(value, 10_000);
			default -> round(value, 10);
		};
	}

	/** Class probabilities to 4 decimals. */
	public static double probability(double probability) {
		return round(probability, 10_000);
	}

	/** {@code value} rounded to {@code 1 / steps}; NaN and infinities as they are. */
	public static double round(double value, double steps) {
		return Double.isFinite(value) ? Math.round(value * steps) / steps : value;
	}

}
