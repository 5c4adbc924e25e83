package org.alloygan.core.element;

/**
 * The element properties embedded in {@code elements.csv}; each constant names its column there.
 */
public enum ElementProperty {

	/** Standard atomic weight, g/mol. */
	ATOMIC_WEIGHT("atomic_weight", "g/mol"),

	/** Assessed atomic radius in metallic glasses (Miracle et al. 2010), pm. */
	MIRACLE_RADIUS("miracle_radius_pm", "pm"),

	/** Pauling electronegativity, dimensionless. */
	ELECTRONEGATIVITY("pauling_electronegativity", ""),

	/** Valence-electron count ns + np + nd (3 for La..Lu), as used for the alloy VEC. */
	VEC("vec", ""),

	/** Melting point of the element, K. */
	MELTING_POINT("melting_point_k", "K");

	private final String column;

	private final String unit;

	ElementProperty(String column, String unit) {
		this.column = column;
		this.unit = unit;
	}

	/** Column name in {@code elements.csv}. */
	public String column() {
		return this.column;
	}

	/** Unit, empty when dimensionless. */
	public String unit() {
		return this.unit;
	}

}
