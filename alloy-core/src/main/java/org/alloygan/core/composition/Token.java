package org.alloygan.core.composition;

/**
 * One lexical unit of a composition text.
 *
 * @param kind what it is
 * @param text the characters as written (whitespace removed, subscript digits as ASCII)
 * @param positions the original 0-based position of each character of {@code text}
 * @param number the value of a {@link Kind#NUMBER}, otherwise 0
 */
record Token(Kind kind, String text, int[] positions, double number) {

	enum Kind {

		/** A run of ASCII letters: one or more element symbols. */
		LETTERS,
		/** An unsigned decimal amount. */
		NUMBER,
		/** {@code ( [ {} */
		OPEN,
		/** {@code ) ] }} */
		CLOSE,
		/** Separates alternatives in {@code (Cu,Ni)}. */
		COMMA,
		/** {@code at.%}, {@code wt%}, {@code mol%}... with any case, dot or hyphen. */
		MARKER,
		/** After the last character. */
		END

	}

	int position() {
		return this.positions[0];
	}

	/** For a MARKER: whether it declares weight percent. */
	boolean isWeightMarker() {
		return this.kind == Kind.MARKER && Character.toLowerCase(this.text.charAt(0)) == 'w';
	}

}
