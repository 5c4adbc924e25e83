package org.alloygan.gan.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.element.PeriodicTable;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningTests {

	/**
	 * A surrogate with rules simple enough to check by hand, computed from the real features: Tg = 10 K per at.% Cu,
	 * Tx = 10 K per at.% Zr; Tl is not modelled.
	 */
	static final class RuleModels implements PropertyPredictor.Models {

		final List<Integer> rowsPredicted = new ArrayList<>();

		@Override
		public UUID surrogateId() {
			return UUID.nameUUIDFromBytes("rules".getBytes());
		}

		@Override
		public UUID classifierId() {
			return null;
		}

		@Override
		public String surrogateCaution() {
			return null;
		}

		@Override
		public FeatureMatrix features(List<Composition> candidates) {
			return FeatureSet.standard().matrix(candidates);
		}

		@Override
		public float[] values(String property, FeatureMatrix features) {
			String element = switch (property) {
				case "Tg_K" -> "Cu";
				case "Tx_K" -> "Zr";
				default -> null;
			};
			if (element == null) {
				return null;
			}
			this.rowsPredicted.add(features.rows());
			int column = FeatureSet.elementColumn(PeriodicTable.atomicNumber(element));
			float[] values = new float[features.rows()];
			for (int r = 0; r < values.length; r++) {
				values[r] = 1000 * features.get(r, column);
			}
			return values;
		}

		@Override
		public PropertyPredictor.Predictions predict(List<Composition> candidates) {
			throw new UnsupportedOperationException("not needed by the first screen");
		}

	}

	@Test
	void thePrescreenKeepsWhatIsWithinEveryToleranceNarrowingPropertyByProperty() {
		Map<String, DesignRequest.Target> targets = new LinkedHashMap<>();
		targets.put("Tg_K", new DesignRequest.Target(500, 0.1)); // Cu 45..55 at.%
		targets.put("Tx_K", new DesignRequest.Target(400, 0.1)); // Zr 36..44 at.%
		targets.put("Tl_K", new DesignRequest.Target(1100, 0.1)); // not modelled: left to the full screen
		Screening screening = new Screening(new DesignRequest(targets, 10, null, null));
		List<Screening.Candidate> candidates = screening.admissible(List.of(
				Composition.of(Map.of("Cu", 50.0, "Zr", 40.0, "Al", 10.0)), // kept
				Composition.of(Map.of("Cu", 30.0, "Zr", 60.0, "Al", 10.0)), // Tg 300 K: out
				Composition.of(Map.of("Cu", 54.0, "Zr", 46.0)), // Tg in, Tx 460 K: out
				Composition.of(Map.of("Cu", 46.0, "Zr", 44.0, "Ni", 10.0)), // kept
				Composition.of(Map.of("Fe", 80.0, "B", 20.0)))); // Tg 0 K: out
		RuleModels models = new RuleModels();

		List<Screening.Candidate> kept = screening.prescreen(candidates, models);

		assertThat(kept).extracting((c) -> c.composition.formula()).containsExactly("Cu50Zr40Al10", "Cu46Zr44Ni10");
		assertThat(screening.dropped()).containsEntry("predicted Tg_K outside tolerance", 2)
			.containsEntry("predicted Tx_K outside tolerance", 1);
		// Tx was predicted only for the three that passed Tg
		assertThat(models.rowsPredicted).containsExactly(5, 3);
	}

	@Test
	void withoutTargetsOrASurrogateThePrescreenKeepsEverything() {
		Screening screening = new Screening(new DesignRequest(Map.of(), 10, null, null));
		List<Screening.Candidate> candidates = screening
			.admissible(List.of(Composition.of(Map.of("Cu", 50.0, "Zr", 50.0))));
		assertThat(screening.prescreen(candidates, new RuleModels())).isSameAs(candidates);
	}

}
