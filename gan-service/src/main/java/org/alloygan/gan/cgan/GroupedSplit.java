package org.alloygan.gan.cgan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A train/held-out split by alloy: every row of one canonical composition (e.g. the same alloy at
 * another heating rate) lands on the same side, so held-out metrics are not flattered by rows
 * the model has already seen.
 */
public final class GroupedSplit {

	private GroupedSplit() {
	}

	/**
	 * The two sides.
	 * @param train training rows
	 * @param heldOut held-out rows
	 */
	public record Split(List<TrainingRow> train, List<TrainingRow> heldOut) {

		public Split {
			train = List.copyOf(train);
			heldOut = List.copyOf(heldOut);
		}

	}

	/** Sorted element symbols with amounts normalised to 100 at.% and written with 2 decimals. */
	public static String canonicalKey(Map<String, Double> amounts) {
		double total = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
		StringBuilder key = new StringBuilder();
		new TreeMap<>(amounts).forEach((element, amount) -> {
			if (amount > 0) {
				key.append(element).append(String.format(Locale.ROOT, "%.2f", 100 * amount / total));
			}
		});
		return key.toString();
	}

	/** Holds out about {@code heldOutFraction} of the distinct alloys, chosen by {@code seed}. */
	public static Split split(List<TrainingRow> rows, double heldOutFraction, long seed) {
		List<String> keys = new ArrayList<>(new TreeSet<>(rows.stream().map((r) -> canonicalKey(r.atomicPercent())).toList()));
		Collections.shuffle(keys, new Random(seed));
		Set<String> heldOutKeys = new HashSet<>(keys.subList(0, (int) Math.round(heldOutFraction * keys.size())));
		List<TrainingRow> train = new ArrayList<>();
		List<TrainingRow> heldOut = new ArrayList<>();
		for (TrainingRow row : rows) {
			(heldOutKeys.contains(canonicalKey(row.atomicPercent())) ? heldOut : train).add(row);
		}
		return new Split(train, heldOut);
	}

}
