package org.alloygan.models.data;

import java.util.Locale;

/**
 * Glass-forming ability of an alloy as the literature reports it. The constants are ordered by capability: an alloy
 * cast as a bulk glass can also be melt-spun to a glassy ribbon, which is why repeated reports of one alloy are merged
 * to the highest class ({@link GfaSamples#byAlloy}).
 */
public enum GfaClass {

	/** No glass was obtained (a blank {@code gfa_type} in Ward et al. 2018). */
	NO_GLASS("no glass"),

	/** Glassy only as a melt-spun ribbon (critical thickness below about 1 mm). */
	RIBBON("ribbon"),

	/** Bulk metallic glass (cast fully glassy at 1 mm or more). */
	BMG("BMG");

	private final String label;

	GfaClass(String label) {
		this.label = label;
	}

	/** The label used in reports and JSON, e.g. {@code "ribbon"}. */
	public String label() {
		return this.label;
	}

	/** Whether the alloy forms a glass at all (ribbon or bulk). */
	public boolean glass() {
		return this != NO_GLASS;
	}

	/**
	 * Reads a {@code gfa_type} cell: {@code BMG}, {@code Ribbon}, or blank / {@code none} / {@code no glass} for no
	 * glass; case-insensitive.
	 * @throws IllegalArgumentException for anything else, so a typo cannot become "no glass"
	 */
	public static GfaClass parse(String text) {
		String value = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		return switch (value) {
			case "bmg" -> BMG;
			case "ribbon" -> RIBBON;
			case "", "none", "no glass", "no_glass", "noglass", "crystalline" -> NO_GLASS;
			default -> throw new IllegalArgumentException(
					"gfa_type must be BMG, Ribbon or blank (no glass), was '" + text + "'");
		};
	}

}
