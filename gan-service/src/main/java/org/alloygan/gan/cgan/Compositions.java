package org.alloygan.gan.cgan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		int n = vocabulary.size();
		double total = 0;
		int largest = 0;
		for (int e = 0; e < n; e++) {
			total += fractions[offset + e];
			largest = (fractions[offset + e] > fractions[offset + largest]) ? e : largest;
		}
		List<Integer> kept = new ArrayList<>();
		double keptTotal = 0;
		for (int e = 0; e < n; e++) {
			if (e == largest || 100 * fractions[offset + e] / total >= minAtomicPercent) {
				kept.add(e);
				keptTotal += fractions[offset + e];
			}
		}
		int[] tenths = new int[kept.size()];
		double[] remainder = new double[kept.size()];
		int assigned = 0;
		for (int i = 0; i < tenths.length; i++) {
			double exact = TENTHS * fractions[offset + kept.get(i)] / keptTotal;
			tenths[i] = (int) Math.floor(exact);
			remainder[i] = exact - tenths[i];
			assigned += tenths[i];
		}
		List<Integer> byRemainder = new ArrayList<>();
		for (int i = 0; i < tenths.length; i++) {
			byRemainder.add(i);
		}
		byRemainder.sort(Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparing((i) -> i));
		for (int k = 0; k < TENTHS - assigned; k++) {
			tenths[byRemainder.get(k % tenths.length)]++;
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < tenths.length; i++) {
			if (tenths[i] > 0) {
				order.add(i);
			}
		}
		order.sort(Comparator.comparingInt((Integer i) -> -tenths[i]).thenComparing((i) -> i));
		Map<String, Double> out = new LinkedHashMap<>();
		for (int i : order) {
			out.put(vocabulary.get(kept.get(i)), tenths[i] / 10.0);
		}
		return out;
	}

}
