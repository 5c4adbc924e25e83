package org.alloygan.models;

import java.util.List;

import org.alloygan.models.data.Sample;

/** Lets tests in sub-packages use the {@link Synthetic} object mother. */
public final class SyntheticAccess {

	private SyntheticAccess() {
	}

	public static List<Sample> samples(int alloys, long seed) {
		return Synthetic.samples(alloys, seed);
	}

}
