package org.alloygan.core.element;

import java.util.HashMap;
import java.util.Map;

/**
 * Element symbols by atomic number, Z 1..118.
 *
 * <p>
 * Kept apart from {@link ElementTable} because parsing a formula needs to know every symbol,
 * while property data exist only for part of the table.
 */
public final class PeriodicTable {

	/** Highest atomic number known. */
	public static final int MAX_Z = 118;

	private static final String[] SYMBOLS = { "", "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg",
			"Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn",
			"Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd",
			"In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy",
			"Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po",
			"At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No",
			"Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og" };

	private static final Map<String, Integer> NUMBERS = new HashMap<>();

	static {
		for (int z = 1; z <= MAX_Z; z++) {
			NUMBERS.put(SYMBOLS[z], z);
		}
	}

	private PeriodicTable() {
	}

	/**
	 * The atomic number of a correctly cased symbol ({@code "Cu"}), or 0 when it is not an element
	 * ({@code "CU"}, {@code "Xx"}); 0 rather than an exception because parsers probe candidates.
	 */
	public static int atomicNumber(String symbol) {
		Integer z = NUMBERS.get(symbol);
		return (z != null) ? z : 0;
	}

	/** Whether {@code symbol} is an element symbol, case-sensitive. */
	public static boolean isElement(String symbol) {
		return NUMBERS.containsKey(symbol);
	}

	/**
	 * The symbol of atomic number {@code z}.
	 * @throws IllegalArgumentException if z is outside 1..118
	 */
	public static String symbol(int z) {
		if (z < 1 || z > MAX_Z) {
			throw new IllegalArgumentException("no element with atomic number " + z);
		}
		return SYMBOLS[z];
	}

}
