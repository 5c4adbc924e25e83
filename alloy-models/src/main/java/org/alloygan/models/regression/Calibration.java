package org.alloygan.models.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Split-conformal interval half-widths from out-of-fold absolute residuals, one per alloy family (base element) that
 * has at least {@link #MIN_FAMILY_RESIDUALS} of them and a global one for the rest ("Mondrian" conformal prediction).
 *
 * <p>
 * Why per family: errors differ widely between families (a Pd-based glass is measured and predicted differently from an
 * Fe-based one), so a single width would be too wide for some and too narrow for others; conditioning on the family
 * keeps the coverage guarantee within each family at no cost at prediction time (a table lookup).
 *
 * @param level intended coverage, e.g. 0.9
 * @param globalHalfWidth half-width for families without their own
 * @param familyHalfWidths base element to half-width
 * @param residuals number of out-of-fold residuals calibrated on
 */
public record Calibration(double level, double globalHalfWidth, Map<String, Double> familyHalfWidths,
		int residuals) {

	/** Families with fewer out-of-fold residuals than this use the global width. */
	public static final int MIN_FAMILY_RESIDUALS = 50;

	public Calibration {
		// sorted so that model files list families in a stable order
		familyHalfWidths = Collections.unmodifiableMap(new TreeMap<>(familyHalfWidths));
	}

	/**
	 * Calibrates on residuals.
	 * @param level intended coverage in (0, 1)
	 * @param absoluteResiduals |measured − out-of-fold prediction| per row
	 * @param families base element per row
	 */
	public static Calibration of(double level, double[] absoluteResiduals, List<String> families) {
		if (!(level > 0 && level < 1)) {
			throw new IllegalArgumentException("level must be in (0, 1), was " + level);
		}
		Map<String, List<Double>> byFamily = new HashMap<>();
		for (int i = 0; i < absoluteResiduals.length; i++) {
			byFamily.computeIfAbsent(families.get(i), (f) -> new ArrayList<>()).add(absoluteResiduals[i]);
		}
		Map<String, Double> widths = new TreeMap<>();
		byFamily.forEach((family, residuals) -> {
			if (residuals.size() >= MIN_FAMILY_RESIDUALS) {
				widths.put(family, quantile(residuals.stream().mapToDouble(Double::doubleValue).toArray(), level));
			}
		});
		return new Calibration(level, quantile(absoluteResiduals, level), widths, absoluteResiduals.length);
	}

	/** The half-width for an alloy of the given family. */
	public double halfWidth(String family) {
		Double width = this.familyHalfWidths.get(family);
		return (width != null) ? width : this.globalHalfWidth;
	}

	/**
	 * The conformal quantile: the ⌈(n + 1)·level⌉-th smallest residual, which covers a new exchangeable residual with
	 * probability at least {@code level}; infinite when n is too small for that.
	 */
	static double quantile(double[] residuals, double level) {
		if (residuals.length == 0) {
			return Double.POSITIVE_INFINITY;
		}
		double[] sorted = residuals.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil((sorted.length + 1) * level);
		return (rank <= sorted.length) ? sorted[rank - 1] : Double.POSITIVE_INFINITY;
	}

}
