package org.alloygan.core.element;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Element properties by atomic number, read from the embedded {@code elements.csv}.
 *
 * <p>
 * Values are plain {@code double} arrays indexed by Z because the descriptor calculator reads
 * them in its hot loop; a property the source lacks for an element is {@code NaN}.
 */
public final class ElementTable {

	private final Map<ElementProperty, double[]> values;

	private ElementTable(Map<ElementProperty, double[]> values) {
		this.values = values;
	}

	/** The table embedded in alloy-core, loaded on first use. */
	public static ElementTable standard() {
		return Holder.STANDARD;
	}

	/**
	 * The value of {@code property} for element {@code z}, or {@code NaN} when the source data
	 * have none (e.g. no Miracle radius for He).
	 * @throws IllegalArgumentException if z is outside 1..118
	 */
	public double value(int z, ElementProperty property) {
		if (z < 1 || z > PeriodicTable.MAX_Z) {
			throw new IllegalArgumentException("no element with atomic number " + z);
		}
		return this.values.get(property)[z];
	}

	/**
	 * Like {@link #value(int, ElementProperty)} for a symbol.
	 * @throws IllegalArgumentException if the symbol is not an element
	 */
	public double value(String symbol, ElementProperty property) {
		int z = PeriodicTable.atomicNumber(symbol);
		if (z == 0) {
			throw new IllegalArgumentException("unknown element '" + symbol + "'");
		}
		return value(z, property);
	}

	/** A copy of one property for all elements, index = Z (index 0 unused, NaN). */
	public double[] column(ElementProperty property) {
		return this.values.get(property).clone();
	}

	private static ElementTable load() {
		CsvResource csv = CsvResource.read("elements.csv");
		int zColumn = csv.column("z");
		int symbolColumn = csv.column("symbol");
		Map<ElementProperty, double[]> values = new EnumMap<>(ElementProperty.class);
		for (ElementProperty property : ElementProperty.values()) {
			double[] column = new double[PeriodicTable.MAX_Z + 1];
			Arrays.fill(column, Double.NaN);
			int index = csv.column(property.column());
			for (String[] row : csv.rows()) {
				int z = Integer.parseInt(row[zColumn]);
				if (!PeriodicTable.symbol(z).equals(row[symbolColumn])) {
					throw new IllegalStateException("elements.csv: Z " + z + " is not " + row[symbolColumn]);
				}
				column[z] = CsvResource.number(row[index]);
			}
			values.put(property, column);
		}
		return new ElementTable(values);
	}

	private static final class Holder {

		static final ElementTable STANDARD = load();

	}

}
