package org.alloygan.core.composition;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.alloygan.core.element.PeriodicTable;

/**
 * An alloy composition in atomic percent, normalised to exactly 100.00 at.% in steps of 0.01.
 *
 * <p>
 * Amounts are held as integer hundredths of an at.% so that two spellings of one alloy (another
 * element order, fractions instead of percent, a rounding difference below 0.005 at.%) give the
 * same {@link #canonicalKey()} and are {@link #equals(Object) equal}; datasets are deduplicated and
 * split on that key. Elements are kept in alphabetical order; the index-based accessors
 * ({@link #atomicNumber(int)}, {@link #fraction(int)}) let descriptor code loop without boxing.
 */
public final class Composition {

	private static final int TOTAL = 10_000;

	private final String[] symbols;

	private final int[] atomicNumbers;

	private final int[] hundredths;

	private final String canonicalKey;

	private final int base;

	private Composition(String[] symbols, int[] hundredths) {
		this(symbols, atomicNumbers(symbols), hundredths);
	}

	private Composition(String[] symbols, int[] atomicNumbers, int[] hundredths) {
		this.symbols = symbols;
		this.hundredths = hundredths;
		this.atomicNumbers = atomicNumbers;
		StringBuilder key = new StringBuilder(symbols.length * 8);
		int base = 0;
		for (int i = 0; i < symbols.length; i++) {
			appendPercent(key.append(symbols[i]), hundredths[i], true);
			if (hundredths[i] > hundredths[base]) {
				base = i;
			}
		}
		this.canonicalKey = key.toString();
		this.base = base;
	}

	/**
	 * Normalises amounts in any unit (at.%, fractions, molar ratios) to at.% summing to 100.00.
	 *
	 * <p>
	 * Each amount is rounded to 0.01 at.%; the rounding residue (at most a few 0.01) goes to the
	 * largest amount (alphabetically first on a tie) so the sum is exact. The result's base element
	 * is decided after that, on the rounded values.
	 * @param amounts element symbol (case-sensitive) to a positive finite amount
	 * @throws IllegalArgumentException if the map is empty, a key is not an element symbol, an
	 * amount is not positive and finite, or an amount rounds to 0.00 at.%
	 */
	public static Composition of(Map<String, ? extends Number> amounts) {
		Objects.requireNonNull(amounts, "amounts");
		if (amounts.isEmpty()) {
			throw new IllegalArgumentException("a composition needs at least one element");
		}
		String[] symbols = amounts.keySet().toArray(new String[0]);
		Arrays.sort(symbols);
		double[] values = new double[symbols.length];
		double total = 0;
		for (int i = 0; i < symbols.length; i++) {
			if (!PeriodicTable.isElement(symbols[i])) {
				throw new IllegalArgumentException("unknown element '" + symbols[i] + "'");
			}
			Number amount = amounts.get(symbols[i]);
			values[i] = (amount != null) ? amount.doubleValue() : Double.NaN;
			if (!(values[i] > 0) || Double.isInfinite(values[i])) {
				throw new IllegalArgumentException(
						"amount of " + symbols[i] + " must be positive and finite, was " + amount);
			}
			total += values[i];
		}
		int[] hundredths = new int[symbols.length];
		int largest = 0;
		int sum = 0;
		for (int i = 0; i < symbols.length; i++) {
			hundredths[i] = (int) Math.round(values[i] / total * TOTAL);
			sum += hundredths[i];
			if (values[i] > values[largest]) {
				largest = i;
			}
		}
		hundredths[largest] += TOTAL - sum;
		for (int i = 0; i < symbols.length; i++) {
			if (hundredths[i] <= 0) {
				throw new IllegalArgumentException(symbols[i] + " is " + (values[i] / total * 100)
						+ " at.%, below the 0.01 at.% resolution of a composition");
			}
		}
		return new Composition(symbols, hundredths);
	}

	/**
	 * A composition from amounts already in hundredths of an at.% that sum to exactly 100.00, as a generator's
	 * rounding produces them: no renormalisation and no map, since designs build tens of thousands of these per
	 * request.
	 * @param symbols element symbols (case-sensitive), in any order, each once
	 * @param hundredths the amount of each, positive, summing to 10,000
	 * @throws IllegalArgumentException if the arrays differ in length or are empty, a symbol is unknown or repeated,
	 * an amount is not positive or the amounts do not sum to 10,000
	 */
	public static Composition ofHundredths(String[] symbols, int[] hundredths) {
		if (symbols.length == 0 || symbols.length != hundredths.length) {
			throw new IllegalArgumentException("a composition needs one amount per element and at least one element");
		}
		String[] sortedSymbols = symbols.clone();
		int[] sortedHundredths = hundredths.clone();
		if (!ascending(sortedSymbols)) {
			Integer[] order = new Integer[symbols.length];
			Arrays.setAll(order, (i) -> i);
			Arrays.sort(order, Comparator.comparing((Integer i) -> symbols[i]));
			for (int k = 0; k < order.length; k++) {
				sortedSymbols[k] = symbols[order[k]];
				sortedHundredths[k] = hundredths[order[k]];
			}
		}
		int[] atomicNumbers = new int[symbols.length];
		int sum = 0;
		for (int k = 0; k < sortedSymbols.length; k++) {
			atomicNumbers[k] = PeriodicTable.atomicNumber(sortedSymbols[k]);
			if (atomicNumbers[k] == 0) {
				throw new IllegalArgumentException("unknown element '" + sortedSymbols[k] + "'");
			}
			if (k > 0 && sortedSymbols[k].equals(sortedSymbols[k - 1])) {
				throw new IllegalArgumentException(sortedSymbols[k] + " is given twice");
			}
			if (sortedHundredths[k] <= 0) {
				throw new IllegalArgumentException("amount of " + sortedSymbols[k] + " must be positive, was "
						+ sortedHundredths[k] + " hundredths of an at.%");
			}
			sum += sortedHundredths[k];
		}
		if (sum != TOTAL) {
			throw new IllegalArgumentException("amounts sum to " + sum / 100.0 + " at.%, not 100.00");
		}
		return new Composition(sortedSymbols, atomicNumbers, sortedHundredths);
	}

	/** Whether the symbols are in strictly ascending order (a generator's rounding gives them so: no sort needed). */
	private static boolean ascending(String[] symbols) {
		for (int i = 1; i < symbols.length; i++) {
			if (symbols[i - 1].compareTo(symbols[i]) >= 0) {
				return false;
			}
		}
		return true;
	}

	private static int[] atomicNumbers(String[] symbols) {
		int[] numbers = new int[symbols.length];
		for (int i = 0; i < symbols.length; i++) {
			numbers[i] = PeriodicTable.atomicNumber(symbols[i]);
		}
		return numbers;
	}

	/** Element symbol to at.% (0.01 steps, sum exactly 100), in alphabetical order of symbols. */
	public Map<String, Double> atomicPercent() {
		Map<String, Double> result = new LinkedHashMap<>();
		for (int i = 0; i < this.symbols.length; i++) {
			result.put(this.symbols[i], this.hundredths[i] / 100.0);
		}
		return Collections.unmodifiableMap(result);
	}

	/**
	 * The dedupe key: symbols in alphabetical order, each followed by its at.% with exactly two
	 * decimals, nothing between them, e.g. {@code Al7.00Cu50.00Zr43.00}.
	 */
	public String canonicalKey() {
		return this.canonicalKey;
	}

	/**
	 * A readable formula: base element first, then by decreasing amount (alphabetical on ties),
	 * amounts without trailing zeros, e.g. {@code Cu50Zr43Al7}. {@link CompositionParser} reads it
	 * back to an equal composition.
	 */
	public String formula() {
		StringBuilder formula = new StringBuilder(this.symbols.length * 6);
		for (int i : formulaOrder()) {
			appendPercent(formula.append(this.symbols[i]), this.hundredths[i], false);
		}
		return formula.toString();
	}

	/**
	 * The element with the largest amount (alphabetically first on a tie): the alloy family, e.g.
	 * {@code Zr} for Vit1.
	 */
	public String baseElement() {
		return this.symbols[this.base];
	}

	/** Number of elements. */
	public int size() {
		return this.symbols.length;
	}

	/**
	 * The at.% of an element, 0 when the alloy does not contain it.
	 * @throws IllegalArgumentException if {@code element} is not an element symbol, so a typo
	 * cannot pass for "absent"
	 */
	public double percentOf(String element) {
		int i = Arrays.binarySearch(this.symbols, element);
		if (i >= 0) {
			return this.hundredths[i] / 100.0;
		}
		if (!PeriodicTable.isElement(element)) {
			throw new IllegalArgumentException("unknown element '" + element + "'");
		}
		return 0.0;
	}

	/** Symbol of the i-th element in alphabetical order, {@code 0 <= i < size()}. */
	public String symbol(int i) {
		return this.symbols[i];
	}

	/** Atomic number of the i-th element in alphabetical order. */
	public int atomicNumber(int i) {
		return this.atomicNumbers[i];
	}

	/** Mole fraction (at.% / 100) of the i-th element in alphabetical order. */
	public double fraction(int i) {
		return this.hundredths[i] / (double) TOTAL;
	}

	@Override
	public boolean equals(Object other) {
		return (this == other)
				|| (other instanceof Composition composition && this.canonicalKey.equals(composition.canonicalKey));
	}

	@Override
	public int hashCode() {
		return this.canonicalKey.hashCode();
	}

	/** The {@link #formula()}. */
	@Override
	public String toString() {
		return formula();
	}

	private Integer[] formulaOrder() {
		Integer[] order = new Integer[this.symbols.length];
		Arrays.setAll(order, i -> i);
		// symbols are sorted, so comparing indices breaks ties alphabetically
		Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -this.hundredths[i]).thenComparingInt(i -> i));
		return order;
	}

	/**
	 * Appends the at.% with two decimals ({@code fixedDecimals}) or without trailing zeros; straight into the builder,
	 * since every generated candidate gets a key.
	 */
	private static void appendPercent(StringBuilder out, int hundredths, boolean fixedDecimals) {
		out.append(hundredths / 100);
		int cents = hundredths % 100;
		if (fixedDecimals) {
			out.append('.').append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10));
		}
		else if (cents != 0) {
			out.append('.').append((char) ('0' + cents / 10));
			if (cents % 10 != 0) {
				out.append((char) ('0' + cents % 10));
			}
		}
	}

}
