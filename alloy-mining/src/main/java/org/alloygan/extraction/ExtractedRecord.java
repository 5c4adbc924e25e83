package org.alloygan.extraction;

import java.util.Objects;

import org.alloygan.core.composition.Composition;

/**
 * A candidate after the {@link Grounding} check, with its provenance. Rejected records are kept (with the
 * reason) so a reviewer can see what an extractor claimed; only accepted ones are ever published.
 *
 * @param composition the parsed composition in at.%, null when the text could not be read
 * @param extractor the extractor's name
 * @param model the model or rule-set version
 * @param promptVersion the prompt version, null for the rule-based extractor
 * @param rejection why the record was rejected, null when accepted
 */
public record ExtractedRecord(Passage passage, String compositionText, Composition composition, Double tgK,
		Double txK, Double tlK, Double dmaxMm, Double heatingRateKPerMin, double confidence, String extractor,
		String model, String promptVersion, String rejection) {

	public ExtractedRecord {
		Objects.requireNonNull(passage, "passage");
		if (rejection == null && composition == null) {
			throw new IllegalArgumentException("an accepted record needs a composition");
		}
	}

	public boolean accepted() {
		return this.rejection == null;
	}

	/**
	 * Whether two records say the same thing about the same alloy (composition and every value), so a
	 * document that repeats a result (abstract, text, table) yields it once.
	 */
	public boolean sameFindingAs(ExtractedRecord other) {
		return Objects.equals(this.composition, other.composition) && Objects.equals(this.tgK, other.tgK)
				&& Objects.equals(this.txK, other.txK) && Objects.equals(this.tlK, other.tlK)
				&& Objects.equals(this.dmaxMm, other.dmaxMm)
				&& Objects.equals(this.heatingRateKPerMin, other.heatingRateKPerMin);
	}

}
