package org.alloygan.feedback.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tolerance a prediction is "within tolerance" when |predicted - measured| / measured is at most
 * this; 0.08 is the paper's 8%
 */
@ConfigurationProperties("alloygan.feedback.validation")
record ValidationProperties(@DefaultValue("0.08") double tolerance) {

	ValidationProperties {
		if (!(tolerance > 0 && tolerance <= 1)) {
			throw new IllegalArgumentException("alloygan.feedback.validation.tolerance must be in (0, 1], not " + tolerance);
		}
	}

}
