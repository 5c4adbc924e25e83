package org.alloygan.gan.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.alloygan.gan.cgan.TrainingRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KnownAlloysTests {

	private static final List<String> ELEMENTS = List.of("Zr", "Cu", "Al", "Ni", "Ti", "Be", "Pd", "P", "Fe", "B");

	@Test
	void aKnownAlloyIsZeroAwayAndAnAlloyWithNothingInCommonIsHundred() {
		KnownAlloys.Index index = new KnownAlloys.Index(List.of(row(Map.of("Cu", 50.0, "Zr", 50.0)),
				row(Map.of("Pd", 40.0, "Ni", 40.0, "P", 20.0))));

		assertThat(index.nearest(Map.of("Zr", 50.0, "Cu", 50.0))).isEqualTo(new KnownAlloys.Nearest("Cu50Zr50", 0.0));
		assertThat(index.nearest(Map.of("Mg", 65.0, "Cu", 25.0, "Y", 10.0)).novelty()).isCloseTo(75.0, within(1e-9));
		assertThat(index.nearest(Map.of("Mg", 65.0, "Y", 35.0)).novelty()).isCloseTo(100.0, within(1e-9));
		assertThat(index.nearest(Map.of("Cu", 46.0, "Zr", 46.0, "Al", 8.0)))
			.isEqualTo(new KnownAlloys.Nearest("Cu50Zr50", 8.0));
	}

	@Test
	void agreesWithTheHalfL1DistanceComputedOverEveryElement() {
		Random random = new Random(7);
		List<TrainingRow> rows = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			rows.add(row(randomComposition(random)));
		}
		KnownAlloys.Index index = new KnownAlloys.Index(rows);
		for (int trial = 0; trial < 200; trial++) {
			Map<String, Double> candidate = randomComposition(random);
			if (trial % 10 == 0) {
				candidate.merge("Mg", 5.0, Double::sum); // an element no known alloy has
				double sum = candidate.values().stream().mapToDouble(Double::doubleValue).sum();
				candidate.replaceAll((el, v) -> v * 100.0 / sum);
			}
			double best = Double.POSITIVE_INFINITY;
			for (TrainingRow row : rows) {
				double distance = 0;
				for (String el : union(candidate, row.atomicPercent())) {
					distance += Math.abs(candidate.getOrDefault(el, 0.0) - row.atomicPercent().getOrDefault(el, 0.0));
				}
				best = Math.min(best, distance / 2.0);
			}
			assertThat(index.nearest(candidate).novelty()).isCloseTo(best, within(1e-9));
		}
	}

	private static List<String> union(Map<String, Double> a, Map<String, Double> b) {
		List<String> out = new ArrayList<>(a.keySet());
		b.keySet().stream().filter((el) -> !a.containsKey(el)).forEach(out::add);
		return out;
	}

	private static Map<String, Double> randomComposition(Random random) {
		int components = 2 + random.nextInt(4);
		Map<String, Double> amounts = new LinkedHashMap<>();
		while (amounts.size() < components) {
			amounts.put(ELEMENTS.get(random.nextInt(ELEMENTS.size())), 1.0 + random.nextInt(60));
		}
		double sum = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
		amounts.replaceAll((el, v) -> Math.round(v * 1000.0 / sum) / 10.0);
		double rounded = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
		String first = amounts.keySet().iterator().next();
		amounts.merge(first, 100.0 - rounded, Double::sum);
		return amounts;
	}

	private static TrainingRow row(Map<String, Double> atomicPercent) {
		return TrainingRow.of(atomicPercent, 600.0, 680.0, 1000.0);
	}

}
