package org.alloygan.core.composition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.alloygan.core.element.PeriodicTable;

/**
 * The ways a run of letters can be split into element symbols.
 *
 * <p>
 * Correctly cased text has exactly one reading ({@code CuZr} = Cu, Zr). Text with a case typo
 * ({@code TI}, {@code cu}, {@code ZR}) or an upper-case pair that might be one ({@code CU} = C, U
 * or Cu?) also gets every case-insensitive reading, so the parser can accept a fix only when it
 * is the one reading that gives a valid composition. One rule keeps correct text from being
 * reinterpreted: a lower-case letter right after a capital always belongs to that capital's symbol
 * ({@code Co} is never C, O).
 */
final class SymbolReadings {

	/** More readings than this for one run means the text is too garbled to guess at. */
	static final int MAX_READINGS = 256;

	private final String text;

	private final int[] positions;

	private final List<List<Symbol>> readings = new ArrayList<>();

	private int furthest;

	private SymbolReadings(Token letters) {
		this.text = letters.text();
		this.positions = letters.positions();
	}

	/**
	 * The readings of a LETTERS token, the strict (as-written) one first when there is one.
	 * @throws CompositionException naming the first letters that start no element symbol
	 */
	static List<List<Symbol>> of(Token letters, String input) {
		SymbolReadings readings = new SymbolReadings(letters);
		List<Symbol> strict = readings.strict();
		if (strict != null) {
			readings.readings.add(strict);
			if (!readings.hasCapitalPair()) {
				return readings.readings;
			}
		}
		readings.enumerate(0, new ArrayDeque<>(), strict);
		if (readings.readings.isEmpty()) {
			int at = readings.furthest;
			int end = (at + 1 < readings.text.length() && Character.isLowerCase(readings.text.charAt(at + 1))) ? at + 2
					: at + 1;
			throw new CompositionException("unknown element symbol '" + readings.text.substring(at, end) + "'", input,
					readings.positions[at]);
		}
		if (readings.readings.size() > MAX_READINGS) {
			throw new CompositionException(
					"too many ways to read the letter case of '" + readings.text + "'; write the symbols as Xx", input,
					readings.positions[0]);
		}
		return readings.readings;
	}

	/** The reading of correctly cased symbols, or null when the text is not correctly cased. */
	private List<Symbol> strict() {
		List<Symbol> symbols = new ArrayList<>();
		int i = 0;
		while (i < this.text.length()) {
			if (!Character.isUpperCase(this.text.charAt(i))) {
				return null;
			}
			int end = (i + 1 < this.text.length() && Character.isLowerCase(this.text.charAt(i + 1))) ? i + 2 : i + 1;
			String symbol = this.text.substring(i, end);
			if (!PeriodicTable.isElement(symbol)) {
				return null;
			}
			symbols.add(new Symbol(symbol, symbol, this.positions[i]));
			i = end;
		}
		return symbols;
	}

	private boolean hasCapitalPair() {
		for (int i = 0; i + 1 < this.text.length(); i++) {
			if (Character.isUpperCase(this.text.charAt(i)) && Character.isUpperCase(this.text.charAt(i + 1))) {
				return true;
			}
		}
		return false;
	}

	private void enumerate(int i, Deque<Symbol> current, List<Symbol> strict) {
		if (this.readings.size() > MAX_READINGS) {
			return;
		}
		if (i == this.text.length()) {
			List<Symbol> reading = new ArrayList<>(current);
			if (!reading.equals(strict)) {
				this.readings.add(reading);
			}
			return;
		}
		this.furthest = Math.max(this.furthest, i);
		if (i + 1 < this.text.length()) {
			tryRead(i, i + 2, current, strict);
		}
		boolean capitalBeforeLowercase = Character.isUpperCase(this.text.charAt(i)) && i + 1 < this.text.length()
				&& Character.isLowerCase(this.text.charAt(i + 1));
		if (!capitalBeforeLowercase) {
			tryRead(i, i + 1, current, strict);
		}
	}

	private void tryRead(int start, int end, Deque<Symbol> current, List<Symbol> strict) {
		String written = this.text.substring(start, end);
		String symbol = Character.toUpperCase(written.charAt(0)) + written.substring(1).toLowerCase();
		if (PeriodicTable.isElement(symbol)) {
			current.addLast(new Symbol(symbol, written, this.positions[start]));
			enumerate(end, current, strict);
			current.removeLast();
		}
	}

}
