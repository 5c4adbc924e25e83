package org.alloygan.core.descriptor;

/**
 * When reports of one alloy's temperature (Tg, Tx or Tl) disagree: heating rate and onset definitions move a
 * temperature by a few percent between laboratories, so reports more than {@link #DISAGREEMENT} of their median apart
 * (70 K at Tg 700 K) are not the same alloy measured twice the same way; they usually mean misaligned columns or
 * mixed-up rows in a source. descriptor-service lists such alloys in import reports, gan-service notes their share in
 * the surrogate's metrics.
 */
public final class ReportedTemperatures {

	/** Largest spread (highest minus lowest report), relative to the median, of reports that agree. */
	public static final double DISAGREEMENT = 0.10;

	private ReportedTemperatures() {
	}

	/** Whether reports with this median and this spread (highest minus lowest) disagree; false when either is null. */
	public static boolean disagree(Double median, Double spread) {
		return median != null && spread != null && spread > DISAGREEMENT * Math.abs(median);
	}

}
