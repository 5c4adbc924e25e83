package org.alloygan.models.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy for repeated reports of one alloy in classification data.
 */
public final class GfaSamples {

	private GfaSamples() {
	}

	/**
	 * One sample per alloy ({@link org.alloygan.core.composition.Composition#canonicalKey() canonical key}) carrying the
	 * highest class reported for it, in order of first appearance; samples without a class are left out.
	 *
	 * <p>
	 * Why the highest: the classes are nested capabilities (a bulk glass former also forms ribbons) and a failed
	 * attempt under other conditions does not undo a success, so "BMG" and "Ribbon" for one alloy mean "BMG". Merging
	 * also keeps the F1 of an evaluation per alloy rather than per literature report. In Ward et al. (2018) 48 of
	 * about 6,800 distinct formula strings carry two classes.
	 */
	public static List<Sample> byAlloy(List<Sample> samples) {
		Map<String, Sample> best = new LinkedHashMap<>();
		for (Sample sample : samples) {
			if (sample.gfa() == null) {
				continue;
			}
			best.merge(sample.composition().canonicalKey(), sample,
					(old, now) -> (now.gfa().compareTo(old.gfa()) > 0) ? now : old);
		}
		return new ArrayList<>(best.values());
	}

}
