package org.alloygan.feedback.measurement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How measurement submissions are taken.
 *
 * @param compositionTolerance a measurement of a candidate whose as-cast composition differs from the
 * candidate's by more than this many at.% in any element (max absolute difference after both are
 * normalised to 100 at.%) is accepted but flagged "as-cast composition differs"
 * @param maxItemsPerRequest the most items one JSON request may carry; larger batches belong in a CSV upload
 */
@ConfigurationProperties("alloygan.feedback.measurements")
public record MeasurementProperties(@DefaultValue("1.0") double compositionTolerance,
		@DefaultValue("1000") int maxItemsPerRequest) {

	public MeasurementProperties {
		if (!(compositionTolerance >= 0)) {
			throw new IllegalArgumentException(
					"alloygan.feedback.measurements.composition-tolerance must be >= 0 at.%, not " + compositionTolerance);
		}
		if (maxItemsPerRequest < 1) {
			throw new IllegalArgumentException("alloygan.feedback.measurements.max-items-per-request must be >= 1");
		}
	}

}
