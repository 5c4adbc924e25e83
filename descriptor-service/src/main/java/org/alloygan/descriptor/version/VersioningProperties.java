package org.alloygan.descriptor.version;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When dataset versions are cut without being asked.
 *
 * @param afterImport cut a version when a CSV import finishes with accepted rows
 * @param afterNewObservations cut a version once this many observations arrived through events (records,
 * measurements) since the last version; 0 turns event-driven versions off
 * @param quietPeriod also cut one when fewer observations are pending but none arrived for this long, so a
 * lab's two measurements close the loop without waiting for more, while a burst of mined records makes
 * one version instead of hundreds
 */
@ConfigurationProperties("alloygan.dataset.versioning")
public record VersioningProperties(@DefaultValue("true") boolean afterImport,
		@DefaultValue("50") int afterNewObservations, @DefaultValue("20s") Duration quietPeriod) {
}
