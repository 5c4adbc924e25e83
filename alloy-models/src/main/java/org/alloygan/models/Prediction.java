package org.alloygan.models;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.regression.Estimate;
import org.alloygan.models.regression.Target;

/**
 * What the surrogates predict for one composition.
 *
 * @param composition the composition
 * @param properties each modelled property with its interval; empty when no surrogate was given
 * @param gfa class probabilities, or null when no classifier was given
 * @param warnings reasons to trust the prediction less, e.g. an element absent from the training data (the prediction
 * is then an extrapolation and its interval is not calibrated for it); empty normally
 */
public record Prediction(Composition composition, Map<Target, Estimate> properties, GfaProbabilities gfa,
		List<String> warnings) {

	public Prediction {
		// an EnumMap copy is an array clone and its lookups index by ordinal (Map.copyOf hashes every entry); this
		// matters when millions of candidates are screened
		properties = properties.isEmpty() ? Map.of()
				: Collections.unmodifiableMap(new EnumMap<>(properties));
		warnings = List.copyOf(warnings);
	}

	/** The estimate of one property, or null when it is not modelled. */
	public Estimate property(Target target) {
		return this.properties.get(target);
	}

}
