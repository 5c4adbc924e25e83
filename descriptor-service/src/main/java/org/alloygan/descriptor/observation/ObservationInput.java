package org.alloygan.descriptor.observation;

import java.util.Map;

/**
 * One observation on its way into the dataset, from any way in.
 *
 * @param compositionText the composition as written (formula), or null when {@code atomicPercent} is given
 * @param atomicPercent the composition as element -> amount, or null when {@code compositionText} is given
 * @param sourceKey natural key of the source item (import row, record id, measurement revision): makes
 * every way in idempotent
 * @param lineage observations of one lineage supersede each other (a measurement's revisions); usually the
 * source key
 * @param raw the input as received, kept with a rejection
 */
public record ObservationInput(String compositionText, Map<String, Double> atomicPercent, Double tgK, Double txK,
		Double tlK, Double dmaxMm, GfaClass gfaClass, Double heatingRateKPerMin, SourceType sourceType,
		String sourceRef, String sourceKey, String lineage, String raw) {

	public boolean hasAnyProperty() {
		return this.tgK != null || this.txK != null || this.tlK != null || this.dmaxMm != null
				|| this.gfaClass != null;
	}

}
