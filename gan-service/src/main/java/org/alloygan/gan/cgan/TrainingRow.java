package org.alloygan.gan.cgan;

import java.util.Map;
import java.util.Objects;

/**
 * One measured alloy as the other services deliver it: amounts in at.% (or any positive scale,
 * they are normalised later) and the measured temperatures, {@code null} where not measured.
 *
 * @param atomicPercent amount per element symbol
 * @param tgK glass transition temperature in K, or {@code null}
 * @param txK onset of crystallisation in K, or {@code null}
 * @param tlK liquidus temperature in K, or {@code null}
 * @param family base element (the largest amount)
 */
public record TrainingRow(Map<String, Double> atomicPercent, Double tgK, Double txK, Double tlK, String family) {

	public TrainingRow {
		Objects.requireNonNull(atomicPercent, "atomicPercent");
		atomicPercent = Map.copyOf(atomicPercent);
		if (atomicPercent.values().stream().anyMatch((v) -> v == null || v < 0 || !Double.isFinite(v))) {
			throw new IllegalArgumentException("amounts must be finite and >= 0: " + atomicPercent);
		}
		if (atomicPercent.values().stream().noneMatch((v) -> v > 0)) {
			throw new IllegalArgumentException("a composition needs at least one element");
		}
		if (family == null) {
			family = familyOf(atomicPercent);
		}
	}

	/** A row whose family is derived from the composition. */
	public static TrainingRow of(Map<String, Double> atomicPercent, Double tgK, Double txK, Double tlK) {
		return new TrainingRow(atomicPercent, tgK, txK, tlK, null);
	}

	/**
	 * The base element: the largest amount; ties go to the alphabetically first symbol so the
	 * family does not depend on map iteration order.
	 */
	public static String familyOf(Map<String, Double> amounts) {
		String best = null;
		double bestAmount = -1;
		for (Map.Entry<String, Double> e : amounts.entrySet()) {
			double v = e.getValue();
			if (v > bestAmount || (v == bestAmount && e.getKey().compareTo(best) < 0)) {
				best = e.getKey();
				bestAmount = v;
			}
		}
		return best;
	}

}
