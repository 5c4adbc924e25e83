package org.alloygan.descriptor.version;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When dataset versions are cut without being asked.
 *
 * @param afterImport cut a version when a CSV import finishes with accepted rows
 * @param afterNewObservations cut a version once this many observations arrived through events (records,
 * measurements) since the last version; 0 turns it off
 */
@ConfigurationProperties("alloygan.dataset.versioning")
public record VersioningProperties(@DefaultValue("true") boolean afterImport,
		@DefaultValue("1") int afterNewObservations) {
}
