package org.alloygan.models;

import org.alloygan.models.data.GfaClass;

/**
 * Predicted probabilities of the glass-forming classes, summing to 1.
 *
 * @param noGlass P(no glass)
 * @param ribbon P(glassy only as a ribbon)
 * @param bmg P(bulk metallic glass)
 */
public record GfaProbabilities(double noGlass, double ribbon, double bmg) {

	/** P(glass) = P(ribbon) + P(BMG), the binary glass / no-glass answer. */
	public double glass() {
		return this.ribbon + this.bmg;
	}

	/** The most probable class (the more capable one on an exact tie). */
	public GfaClass mostLikely() {
		if (this.bmg >= this.ribbon && this.bmg >= this.noGlass) {
			return GfaClass.BMG;
		}
		return (this.ribbon >= this.noGlass) ? GfaClass.RIBBON : GfaClass.NO_GLASS;
	}

}
