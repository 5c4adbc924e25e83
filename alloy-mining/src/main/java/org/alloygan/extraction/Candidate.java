package org.alloygan.extraction;

/**
 * What an extractor claims a passage says about one alloy, before the {@link Grounding} check. Values are
 * already converted: temperatures to K, sizes to mm, heating rates to K/min.
 *
 * @param compositionText the composition as the passage prints it
 * @param confidence the extractor's own estimate, 0..1
 */
public record Candidate(String compositionText, Double tgK, Double txK, Double tlK, Double dmaxMm,
		Double heatingRateKPerMin, double confidence) {

	/** Whether at least one of Tg, Tx, Tl and Dmax is given (a heating rate alone is not a record). */
	public boolean hasProperty() {
		return this.tgK != null || this.txK != null || this.tlK != null || this.dmaxMm != null;
	}

}
