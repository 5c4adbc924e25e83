package org.alloygan.core.composition;

/**
 * One element symbol read from a run of letters.
 *
 * @param symbol the element symbol, correctly cased
 * @param written the letters as written ({@code "TI"} for a fixed {@code Ti})
 * @param position 0-based position of the first letter in the input
 */
record Symbol(String symbol, String written, int position) {

	/** Whether the letter case had to be changed to read this symbol. */
	boolean fixed() {
		return !this.symbol.equals(this.written);
	}

}
