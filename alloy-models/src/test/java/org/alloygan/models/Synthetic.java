package org.alloygan.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.booster.BoostingParams;
import org.alloygan.models.data.GfaClass;
import org.alloygan.models.data.Sample;
import org.alloygan.models.gfa.GfaOptions;
import org.alloygan.models.regression.RegressionOptions;

/**
 * Object mother: Cu–Zr–Al–Ni–Ti alloys whose temperatures and class follow smooth rules of the composition, so a
 * working pipeline must learn them and a broken one (shuffled features, misaligned labels) cannot.
 */
final class Synthetic {

	static final String[] ELEMENTS = { "Cu", "Zr", "Al", "Ni", "Ti" };

	private Synthetic() {
	}

	static List<Sample> samples(int alloys, long seed) {
		Random random = new Random(seed);
		List<Sample> samples = new ArrayList<>();
		for (int a = 0; a < alloys; a++) {
			Composition composition = composition(random);
			double zr = composition.percentOf("Zr");
			double al = composition.percentOf("Al");
			double ni = composition.percentOf("Ni");
			double tg = 500 + 4 * zr + 3 * al - 2 * ni;
			double tl = 1000 + 6 * zr - 4 * al + 2 * ni;
			double tx = tg + 30 + 2 * al;
			GfaClass gfa = (al > 12) ? GfaClass.BMG : (zr > 30) ? GfaClass.RIBBON : GfaClass.NO_GLASS;
			// two measurements per alloy, as data repeat alloys at other heating rates
			for (int r = 0; r < 2; r++) {
				double noise = random.nextGaussian() * 3;
				samples.add(new Sample("alloy " + a + "/" + r, composition, tg + noise, tx + noise, tl + noise, gfa));
			}
		}
		return samples;
	}

	static Composition composition(Random random) {
		Map<String, Double> amounts = new LinkedHashMap<>();
		for (String element : ELEMENTS) {
			if (amounts.isEmpty() || random.nextDouble() < 0.7) {
				amounts.put(element, 1 + random.nextDouble() * 50);
			}
		}
		return Composition.of(amounts);
	}

	static RegressionOptions regressionOptions() {
		return new RegressionOptions(new BoostingParams(60, 4, 0.2, 0.9, 0.9, 1, 1, 3), 3, 0.9, 5, 2);
	}

	static GfaOptions gfaOptions() {
		return new GfaOptions(new BoostingParams(40, 4, 0.3, 0.9, 0.9, 1, 1, 3), true, 2);
	}

}
