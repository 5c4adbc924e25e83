package org.alloygan.models.data;

import java.util.List;

/**
 * Samples read from a file and the report of how each row was handled.
 *
 * @param samples the kept rows, in file order (repeats of one alloy are kept; see {@link GfaSamples} for classes)
 * @param report counts and the rejected rows
 */
public record LoadedSamples(List<Sample> samples, LoadReport report) {

	public LoadedSamples {
		samples = List.copyOf(samples);
	}

}
