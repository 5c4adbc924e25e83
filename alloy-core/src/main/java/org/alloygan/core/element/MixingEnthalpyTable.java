package org.alloygan.core.element;

import java.util.Arrays;

/**
 * Binary liquid mixing enthalpies ΔH<sub>AB</sub> (kJ/mol, equiatomic, Miedema model) as tabulated
 * by Takeuchi &amp; Inoue, Mater. Trans. 46 (2005) 2817, read from the embedded
 * {@code mixing-enthalpy.csv}.
 *
 * <p>
 * Only 75 elements are covered; a pair outside the table is {@code NaN}, never 0, because 0 is a
 * real value (Ti–Zr) and a silent 0 would hide the gap.
 */
public final class MixingEnthalpyTable {

	private static final int STRIDE = PeriodicTable.MAX_Z + 1;

	private final double[] enthalpies;

	private final int pairCount;

	private MixingEnthalpyTable(double[] enthalpies, int pairCount) {
		this.enthalpies = enthalpies;
		this.pairCount = pairCount;
	}

	/** The table embedded in alloy-core, loaded on first use. */
	public static MixingEnthalpyTable standard() {
		return Holder.STANDARD;
	}

	/**
	 * ΔH of the pair in kJ/mol (symmetric), 0 for an element with itself, {@code NaN} when the
	 * table has no value for the pair.
	 * @throws IllegalArgumentException if an atomic number is outside 1..118
	 */
	public double enthalpy(int za, int zb) {
		if (za < 1 || za > PeriodicTable.MAX_Z || zb < 1 || zb > PeriodicTable.MAX_Z) {
			throw new IllegalArgumentException("no element pair with atomic numbers " + za + ", " + zb);
		}
		return (za == zb) ? 0.0 : this.enthalpies[za * STRIDE + zb];
	}

	/**
	 * Like {@link #enthalpy(int, int)} for symbols.
	 * @throws IllegalArgumentException if a symbol is not an element
	 */
	public double enthalpy(String a, String b) {
		return enthalpy(atomicNumber(a), atomicNumber(b));
	}

	/** Number of distinct pairs with a value. */
	public int pairCount() {
		return this.pairCount;
	}

	private static int atomicNumber(String symbol) {
		int z = PeriodicTable.atomicNumber(symbol);
		if (z == 0) {
			throw new IllegalArgumentException("unknown element '" + symbol + "'");
		}
		return z;
	}

	private static MixingEnthalpyTable load() {
		CsvResource csv = CsvResource.read("mixing-enthalpy.csv");
		int a = csv.column("element_a");
		int b = csv.column("element_b");
		int value = csv.column("delta_h_mix_kj_mol");
		double[] enthalpies = new double[STRIDE * STRIDE];
		Arrays.fill(enthalpies, Double.NaN);
		for (String[] row : csv.rows()) {
			int za = atomicNumber(row[a]);
			int zb = atomicNumber(row[b]);
			double dh = Double.parseDouble(row[value]);
			enthalpies[za * STRIDE + zb] = dh;
			enthalpies[zb * STRIDE + za] = dh;
		}
		return new MixingEnthalpyTable(enthalpies, csv.rows().size());
	}

	private static final class Holder {

		static final MixingEnthalpyTable STANDARD = load();

	}

}
