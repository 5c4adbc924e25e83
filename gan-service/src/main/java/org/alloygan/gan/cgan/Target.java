package org.alloygan.gan.cgan;

/**
 * Desired (or measured) properties; {@code null} means "not given". The three derived criteria
 * are separate targets because a designer often asks for them directly (a high Trg, a wide
 * supercooled liquid region) without fixing the temperatures themselves.
 *
 * @param tgK glass transition temperature in K
 * @param txK onset of crystallisation in K
 * @param tlK liquidus temperature in K
 * @param trg reduced glass transition temperature Tg/Tl
 * @param gamma Lu-Liu parameter Tx/(Tg+Tl)
 * @param deltaTxK supercooled liquid region Tx-Tg in K
 */
public record Target(Double tgK, Double txK, Double tlK, Double trg, Double gamma, Double deltaTxK) {

	/** Number of condition targets, in the order of {@link #values()}. */
	public static final int COUNT = 6;

	/** Names in the order of {@link #values()}, used in metadata and messages. */
	public static final String[] NAMES = { "Tg", "Tx", "Tl", "Trg", "gamma", "dTx" };

	/** No target at all: an unconditional request. */
	public static final Target NONE = new Target(null, null, null, null, null, null);

	/** The temperatures only; the derived criteria follow via {@link #withDerived()}. */
	public static Target temperatures(Double tgK, Double txK, Double tlK) {
		return new Target(tgK, txK, tlK, null, null, null).withDerived();
	}

	/**
	 * Fills each derived criterion that is absent but computable from given temperatures, so a
	 * request for Tg and Tl also conditions on their Trg, as every complete training row does.
	 */
	public Target withDerived() {
		Double r = this.trg;
		if (r == null && this.tgK != null && this.tlK != null) {
			r = this.tgK / this.tlK;
		}
		Double g = this.gamma;
		if (g == null && this.txK != null && this.tgK != null && this.tlK != null) {
			g = this.txK / (this.tgK + this.tlK);
		}
		Double d = this.deltaTxK;
		if (d == null && this.txK != null && this.tgK != null) {
			d = this.txK - this.tgK;
		}
		return new Target(this.tgK, this.txK, this.tlK, r, g, d);
	}

	/** The six values, NaN where not given. */
	public double[] values() {
		return new double[] { nan(this.tgK), nan(this.txK), nan(this.tlK), nan(this.trg), nan(this.gamma),
				nan(this.deltaTxK) };
	}

	/** Whether no value is given. */
	public boolean isEmpty() {
		for (double v : values()) {
			if (!Double.isNaN(v)) {
				return false;
			}
		}
		return true;
	}

	private static double nan(Double v) {
		return (v != null) ? v : Double.NaN;
	}

}
