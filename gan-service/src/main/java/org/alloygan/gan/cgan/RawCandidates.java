package org.alloygan.gan.cgan;

import java.util.List;
import java.util.Map;

/**
 * Generator output before post-processing, kept as flat arrays because millions of rows of
 * small maps would cost more than generating them.
 *
 * @param vocabulary element symbols, the columns of {@code fractions}
 * @param count number of candidates
 * @param fractions {@code count x vocabulary} fractions, row-major, each row summing to 1
 * @param propertiesK for GAN+ {@code count x 3} generated Tg, Tx, Tl in K, else empty
 */
public record RawCandidates(List<String> vocabulary, int count, float[] fractions, float[] propertiesK) {

	/** One fraction. */
	public float fraction(int candidate, int element) {
		return this.fractions[candidate * this.vocabulary.size() + element];
	}

	/** One candidate post-processed by {@link Compositions#toAtomicPercent}. */
	public Map<String, Double> atomicPercent(int candidate, double minAtomicPercent) {
		return Compositions.toAtomicPercent(this.fractions, candidate * this.vocabulary.size(), this.vocabulary,
				minAtomicPercent);
	}

}
