package org.alloygan.descriptor.version;

/**
 * How a dataset version gives an alloy one glass-forming class when its observations report several. Stored with each
 * version, because a version's rows, and so its checksum, must stay what they were when it was cut.
 */
public enum GfaRule {

	/**
	 * The class most observations report, ties to the alphabetically first name (versions cut before the rule was
	 * recorded).
	 */
	MOST_FREQUENT("n DESC, gfa_class"),

	/**
	 * The highest class reported (BMG over ribbon over no glass): the classes are nested capabilities, so a failed
	 * attempt under other conditions does not undo a success. The rule alloy-models' offline evaluation uses
	 * ({@code GfaSamples.byAlloy}), so the served classifier learns the labels its figures were measured on.
	 */
	HIGHEST("CASE gfa_class WHEN 'BMG' THEN 0 WHEN 'RIBBON' THEN 1 ELSE 2 END");

	/** The rule new versions are cut with. */
	public static final GfaRule CURRENT = HIGHEST;

	private final String order;

	GfaRule(String order) {
		this.order = order;
	}

	/** ORDER BY terms, after the alloy id, that put the class this rule picks first among an alloy's classes. */
	String order() {
		return this.order;
	}

}
