package org.alloygan.gan.cgan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How targets and a family become the condition vector, and the statistics that fix it; kept
 * with the model because a generator only understands the encoding it was trained with.
 * <p>
 * Layout: {@code [6 standardised targets (0 where not given) | 6 given-flags | one-hot family
 * over families + "other" (all 0 where not given)]}. The flags let the network tell "not given"
 * from "exactly the training mean", which a zero alone cannot.
 *
 * @param mean training mean per target (see {@link Target#NAMES})
 * @param std training standard deviation per target (1 where undefined)
 * @param families the most frequent base elements of the training set
 */
public record Conditioning(List<Double> mean, List<Double> std, List<String> families) {

	public Conditioning {
		mean = List.copyOf(mean);
		std = List.copyOf(std);
		families = List.copyOf(families);
		if (mean.size() != Target.COUNT || std.size() != Target.COUNT) {
			throw new IllegalArgumentException("need " + Target.COUNT + " means and standard deviations");
		}
	}

	/** Statistics and the {@code maxFamilies} most frequent families (ties by symbol) of a set. */
	public static Conditioning fit(TrainingSet set, int maxFamilies) {
		List<Double> mean = new ArrayList<>();
		List<Double> std = new ArrayList<>();
		for (int k = 0; k < Target.COUNT; k++) {
			double sum = 0;
			double sumSq = 0;
			int n = 0;
			for (int i = 0; i < set.size(); i++) {
				double v = set.targets(i)[k];
				if (!Double.isNaN(v)) {
					sum += v;
					sumSq += v * v;
					n++;
				}
			}
			double m = (n > 0) ? sum / n : 0;
			double var = (n > 1) ? (sumSq - n * m * m) / (n - 1) : 0;
			mean.add(m);
			std.add((var > 1e-12) ? Math.sqrt(var) : 1.0);
		}
		Map<String, Integer> counts = new HashMap<>();
		set.rows().forEach((row) -> counts.merge(row.family(), 1, Integer::sum));
		List<String> families = counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(maxFamilies)
			.map(Map.Entry::getKey)
			.toList();
		return new Conditioning(mean, std, families);
	}

	/** Length of the condition vector. */
	public int width() {
		return 2 * Target.COUNT + this.families.size() + 1;
	}

	/** Slot of a family: -1 for none given, the last slot for a family outside the list. */
	public int familyIndex(String family) {
		if (family == null) {
			return -1;
		}
		int index = this.families.indexOf(family);
		return (index >= 0) ? index : this.families.size();
	}

	/** The condition vector of a request; derived criteria are filled in where computable. */
	public float[] encode(Target target, String family) {
		float[] out = new float[width()];
		encode(target.withDerived().values(), null, familyIndex(family), out, 0);
		return out;
	}

	/**
	 * Writes one condition vector into {@code out} at {@code offset}.
	 * @param values the six targets, NaN where not given
	 * @param keep per target whether to keep it (random masking in training), or {@code null} to
	 * keep every given value
	 * @param familyIndex from {@link #familyIndex(String)}, -1 for none
	 */
	void encode(double[] values, boolean[] keep, int familyIndex, float[] out, int offset) {
		for (int k = 0; k < Target.COUNT; k++) {
			boolean given = !Double.isNaN(values[k]) && (keep == null || keep[k]);
			out[offset + k] = given ? (float) ((values[k] - this.mean.get(k)) / this.std.get(k)) : 0f;
			out[offset + Target.COUNT + k] = given ? 1f : 0f;
		}
		for (int f = 0; f <= this.families.size(); f++) {
			out[offset + 2 * Target.COUNT + f] = (f == familyIndex) ? 1f : 0f;
		}
	}

}
