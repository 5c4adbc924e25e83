package org.alloygan.gan.cgan;

/**
 * The three models of the paper's comparison, trained by one code path so that only the
 * inputs and outputs of the networks differ.
 */
public enum ModelKind {

	/** Compositions only: G(noise) produces a composition, D judges compositions. */
	GAN,

	/**
	 * Compositions and properties as joint data, still unconditional: G(noise) produces a
	 * composition plus standardised Tg, Tx and Tl, D judges the pair. A designer filters its
	 * samples by their generated properties instead of asking for them.
	 */
	GAN_PLUS,

	/** G(noise, condition) and D(composition, condition) with the masked targets and family. */
	CGAN;

	/** Number of properties G emits as data (Tg, Tx, Tl for GAN+). */
	public int generatedProperties() {
		return (this == GAN_PLUS) ? 3 : 0;
	}

	/** Whether a request may carry targets and a family. */
	public boolean conditional() {
		return this == CGAN;
	}

}
