package org.alloygan.gan.surrogate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param extrapolationDistance at.% that must change to turn a composition into the nearest alloy the surrogate
 * learned from, beyond which its prediction carries a warning: tree models answer far from their data with the values
 * of the nearest leaves, and the intervals (calibrated per family on alloys like the training ones) do not widen
 * @param trustedSurrogateScore the least mean held-out R² of Tg, Tx, Tl at which predictions and design summaries
 * carry no {@code surrogateCaution}
 */
@ConfigurationProperties("alloygan.gan.predictions")
public record PredictionProperties(@DefaultValue("15") double extrapolationDistance,
		@DefaultValue("0.5") double trustedSurrogateScore) {
}
