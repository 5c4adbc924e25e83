package org.alloygan.core.composition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.alloygan.core.composition.Token.Kind;

/**
 * Splits a composition text into tokens.
 *
 * <p>
 * Whitespace of any kind is dropped (papers break formulas across lines and pad with thin
 * spaces) and subscript digits ₀-₉ count as 0-9; every token keeps the original positions of its
 * characters so errors point into the text as the user wrote it.
 */
final class Lexer {

	private final String input;

	private final char[] chars;

	private final int[] positions;

	private final int length;

	private int next;

	private Lexer(String input) {
		this.input = input;
		this.chars = new char[input.length()];
		this.positions = new int[input.length()];
		int n = 0;
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			this.chars[n] = (c >= '\u2080' && c <= '\u2089') ? (char) ('0' + (c - '\u2080')) : c;
			this.positions[n++] = i;
		}
		this.length = n;
	}

	static List<Token> tokens(String input) {
		return new Lexer(input).tokens();
	}

	private List<Token> tokens() {
		List<Token> tokens = new ArrayList<>();
		while (this.next < this.length) {
			tokens.add(token());
		}
		tokens.add(new Token(Kind.END, "", new int[] { this.input.length() }, 0));
		return tokens;
	}

	private Token token() {
		char c = this.chars[this.next];
		if (isLetter(c)) {
			int start = this.next;
			while (this.next < this.length && isLetter(this.chars[this.next])) {
				this.next++;
			}
			int markerEnd = markerEnd(start, this.next);
			return (markerEnd > 0) ? take(Kind.MARKER, start, markerEnd, 0) : take(Kind.LETTERS, start, this.next, 0);
		}
		if (isDigit(c) || (c == '.' && isDigitAt(this.next + 1))) {
			return number();
		}
		switch (c) {
			case '(', '[', '{':
				return take(Kind.OPEN, this.next, this.next + 1, 0);
			case ')', ']', '}':
				return take(Kind.CLOSE, this.next, this.next + 1, 0);
			case ',':
				return take(Kind.COMMA, this.next, this.next + 1, 0);
			case '-', '\u2212':
				if (isDigitAt(this.next + 1)) {
					throw error("amounts cannot be negative", this.next);
				}
				break;
			case '%':
				throw error("'%' without 'at' or 'wt' in front of it", this.next);
			default:
				break;
		}
		throw error("unexpected character '" + c + "'", this.next);
	}

	private Token number() {
		int start = this.next;
		while (isDigitAt(this.next)) {
			this.next++;
		}
		if (this.next < this.length && this.chars[this.next] == '.') {
			if (!isDigitAt(this.next + 1)) {
				throw error("expected a digit after the decimal point", this.next);
			}
			this.next++;
			while (isDigitAt(this.next)) {
				this.next++;
			}
		}
		String text = new String(this.chars, start, this.next - start);
		return take(Kind.NUMBER, start, this.next, Double.parseDouble(text));
	}

	/**
	 * If the letters [start, end) are "at", "wt" or "mol" followed by an optional '.', an optional
	 * '-' and a '%', consumes through the '%' and returns its end, else returns 0.
	 */
	private int markerEnd(int start, int end) {
		String word = new String(this.chars, start, end - start).toLowerCase();
		if (!word.equals("at") && !word.equals("wt") && !word.equals("mol")) {
			return 0;
		}
		int i = end;
		if (i < this.length && this.chars[i] == '.') {
			i++;
		}
		if (i < this.length && this.chars[i] == '-') {
			i++;
		}
		if (i < this.length && this.chars[i] == '%') {
			return i + 1;
		}
		return 0;
	}

	private Token take(Kind kind, int start, int end, double number) {
		this.next = end;
		return new Token(kind, new String(this.chars, start, end - start), Arrays.copyOfRange(this.positions, start, end),
				number);
	}

	private CompositionException error(String reason, int index) {
		return new CompositionException(reason, this.input, this.positions[index]);
	}

	private boolean isDigitAt(int index) {
		return index < this.length && isDigit(this.chars[index]);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isLetter(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

}
