package org.alloygan.descriptor.observation;

import java.util.Locale;

/** Glass-forming ability as data sets record it: bulk glass, ribbon only, or no glass. */
public enum GfaClass {

	BMG, RIBBON, NO_GLASS;

	/** Reads BMG / Ribbon / blank (no glass), as in Ward et al. 2018; anything else is an error. */
	public static GfaClass parse(String text) {
		String value = (text == null) ? "" : text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return switch (value) {
			case "BMG", "BULK" -> BMG;
			case "RIBBON", "MG", "GLASS_RIBBON" -> RIBBON;
			case "", "NO_GLASS", "NONE", "CRYSTAL", "CRYSTALLINE", "NO" -> NO_GLASS;
			default -> throw new IllegalArgumentException(
					"GFA class '" + text + "' is not one of BMG, Ribbon, or blank/NoGlass");
		};
	}

}
