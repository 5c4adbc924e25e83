package org.alloygan.gan.cgan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.alloygan.core.composition.Composition;

/**
 * Turns raw generator fractions into compositions a chemist would write down: traces dropped,
 * at.% in 0.1 steps, summing to exactly 100.0.
 */
public final class Compositions {

	/** Default trace threshold in at.%: below what a typical arc-melted alloy is specified to. */
	public static final double DEFAULT_MIN_ATOMIC_PERCENT = 0.5;

	private static final int TENTHS = 1000;

	private Compositions() {
	}

	/**
	 * Drops fractions below {@code minAtomicPercent}, renormalises the rest to 100 at.% and rounds
	 * to 0.1 at.% by the largest-remainder method, so the rounded amounts (counted in tenths) sum
	 * to exactly 1000; an element that rounds to 0 is dropped. The largest element is always kept.
	 * @param fractions raw fractions, one row at {@code offset}
	 * @return at.% per element, largest first (ties by vocabulary order)
	 */
	public static Map<String, Double> toAtomicPercent(float[] fractions, int offset, List<String> vocabulary,
			double minAtomicPercent) {
		Rounded rounded = round(fractions, offset, vocabulary.size(), minAtomicPercent);
		Map<String, Double> out = new LinkedHashMap<>();
		for (int placed = 0; placed < rounded.count; placed++) {
			int best = -1;
			for (int k = 0; k < rounded.count; k++) {
				if (rounded.tenths[k] > 0 && (best < 0 || rounded.tenths[k] > rounded.tenths[best])) {
					best = k;
				}
			}
			if (best < 0) {
				break;
			}
			out.put(vocabulary.get(rounded.elements[best]), rounded.tenths[best] / 10.0);
			rounded.tenths[best] = 0;
		}
		return out;
	}

	/**
	 * The same rounding as {@link #toAtomicPercent}, straight into {@link Composition}s (no map on the way: a design
	 * rounds tens of thousands of rows) for many rows of one vocabulary: elements visited in alphabetical order (so
	 * the composition needs no sorting) and working arrays reused from row to row. Not thread-safe.
	 */
	public static final class Rounder {

		private final String[] vocabulary;

		private final double minAtomicPercent;

		/** Column indices in alphabetical order of their symbols. */
		private final int[] alphabetical;

		private final int[] kept;

		private final int[] tenths;

		private final double[] remainder;

		public Rounder(String[] vocabulary, double minAtomicPercent) {
			this.vocabulary = vocabulary.clone();
			this.minAtomicPercent = minAtomicPercent;
			this.alphabetical = IntStream.range(0, vocabulary.length)
				.boxed()
				.sorted(Comparator.comparing((Integer i) -> vocabulary[i]))
				.mapToInt(Integer::intValue)
				.toArray();
			this.kept = new int[vocabulary.length];
			this.tenths = new int[vocabulary.length];
			this.remainder = new double[vocabulary.length];
		}

		/** The row at {@code offset}, rounded; null when nothing is left (a row of zeros or NaN). */
		public Composition composition(float[] fractions, int offset) {
			int count = round(fractions, offset, this.vocabulary.length, this.minAtomicPercent, this.alphabetical,
					this.kept, this.tenths, this.remainder);
			int size = 0;
			for (int k = 0; k < count; k++) {
				size += (this.tenths[k] > 0) ? 1 : 0;
			}
			if (size == 0) {
				return null;
			}
			String[] symbols = new String[size];
			int[] hundredths = new int[size];
			int at = 0;
			for (int k = 0; k < count; k++) {
				if (this.tenths[k] > 0) {
					symbols[at] = this.vocabulary[this.kept[k]];
					hundredths[at++] = this.tenths[k] * 10;
				}
			}
			return Composition.ofHundredths(symbols, hundredths);
		}

	}

	/** Kept columns and their amounts in tenths of an at.% (zero: rounded away), {@code count} of each. */
	private record Rounded(int[] elements, int[] tenths, int count) {
	}

	private static Rounded round(float[] fractions, int offset, int n, double minAtomicPercent) {
		int[] order = IntStream.range(0, n).toArray();
		int[] kept = new int[n];
		int[] tenths = new int[n];
		int count = round(fractions, offset, n, minAtomicPercent, order, kept, tenths, new double[n]);
		return new Rounded(kept, tenths, count);
	}

	/**
	 * Rounds one row, visiting columns in {@code order}; writes the kept columns (in that order) to {@code kept} and
	 * their tenths of an at.% to {@code tenths} (all zero when nothing can be rounded: zeros or NaN), and returns how
	 * many were kept. Primitive arrays throughout: this runs for millions of candidates.
	 */
	private static int round(float[] fractions, int offset, int n, double minAtomicPercent, int[] order, int[] kept,
			int[] tenths, double[] remainder) {
		double total = 0;
		int largest = offset;
		for (int i = offset; i < offset + n; i++) {
			total += fractions[i];
			largest = (fractions[i] > fractions[largest]) ? i : largest;
		}
		int count = 0;
		double keptTotal = 0;
		for (int j = 0; j < n; j++) {
			int i = offset + order[j];
			if (i == largest || 100 * fractions[i] / total >= minAtomicPercent) {
				kept[count++] = order[j];
				keptTotal += fractions[i];
			}
		}
		if (!(keptTotal > 0)) {
			// zeros or NaN: nothing to round
			Arrays.fill(tenths, 0, count, 0);
			return count;
		}
		int missing = TENTHS;
		for (int k = 0; k < count; k++) {
			double exact = TENTHS * fractions[offset + kept[k]] / keptTotal;
			tenths[k] = (int) exact;
			remainder[k] = exact - tenths[k];
			missing -= tenths[k];
		}
		for (; missing > 0; missing--) {
			int best = 0;
			for (int k = 1; k < count; k++) {
				// ties go to the earlier column, whatever the order of visiting
				boolean better = remainder[k] > remainder[best]
						|| (remainder[k] == remainder[best] && kept[k] < kept[best]);
				best = better ? k : best;
			}
			tenths[best]++;
			remainder[best] = -1;
		}
		return count;
	}

}
