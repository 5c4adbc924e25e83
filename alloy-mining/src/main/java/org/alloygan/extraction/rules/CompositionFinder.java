package org.alloygan.extraction.rules;

import java.util.ArrayList;
import java.util.List;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.composition.CompositionException;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.composition.ParsedComposition;
import org.alloygan.core.element.PeriodicTable;

/**
 * Finds the compositions printed in running text ({@code Zr41.2Ti13.8Cu12.5Ni10Be22.5},
 * {@code (Cu50Zr50)92Al8}, {@code [(Fe0.5Co0.5)0.75B0.2Si0.05]96Nb4}, {@code Cu₄₆Zr₄₆Al₈},
 * {@code Zr41.2 Ti13.8 Cu12.5 Ni10 Be22.5}) and reads each with alloy-core's {@link CompositionParser}.
 *
 * <p>
 * A span counts only if it has at least two elements and one amount and the parser reads it without
 * guessing, so words that happen to be element symbols ({@code In}, {@code As}, {@code No}), property
 * symbols ({@code Tl}) and system names ({@code Zr-Cu-Al}) are never taken for alloys. Nominal series such
 * as {@code (Cu0.5Zr0.5)100-xAlx} are skipped: they are not one composition. Stateless and thread-safe.
 */
public final class CompositionFinder {

	/** Integer amounts summing below this read as a crystalline phase ({@code Cu10Zr7}, {@code Fe23B6}). */
	static final double PHASE_SUM = 50;

	private final CompositionParser parser = new CompositionParser();

	/**
	 * A composition printed in a text.
	 *
	 * @param start offset of the first character
	 * @param end offset after the last character
	 * @param text the characters as printed
	 * @param phase whether it reads as a stoichiometric phase (small integer amounts), not an alloy
	 */
	public record Mention(int start, int end, String text, Composition composition, boolean phase) {
	}

	/** Every composition in {@code text}, in order, not overlapping. */
	public List<Mention> find(String text) {
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if ((isOpen(c) || Character.isUpperCase(c)) && boundaryBefore(text, i)) {
				Mention mention = mentionAt(text, i);
				if (mention != null) {
					mentions.add(mention);
					i = mention.end();
					continue;
				}
			}
			i++;
		}
		return mentions;
	}

	/** The composition starting exactly at {@code start}, or null. */
	Mention mentionAt(String text, int start) {
		int end = scan(text, start);
		// an unmatched opening bracket before the formula: "(Cu50Zr50 and ..." reads from the letter
		while (end > start) {
			Mention mention = read(text, start, end);
			if (mention != null) {
				return mention;
			}
			if (!isOpen(text.charAt(start))) {
				return null;
			}
			start++;
			end = scan(text, start);
		}
		return null;
	}

	private Mention read(String text, int start, int end) {
		// trailing closing brackets that open nowhere in the span belong to the sentence: "(see Cu50Zr50)"
		while (end > start && depth(text, start, end) < 0 && isClose(text.charAt(end - 1))) {
			end--;
		}
		if (depth(text, start, end) != 0 || !followedByBoundary(text, end)) {
			return null;
		}
		String span = text.substring(start, end);
		int elements = 0;
		boolean number = false;
		boolean decimal = false;
		double integerSum = 0;
		for (int i = 0; i < span.length(); i++) {
			char c = span.charAt(i);
			if (Character.isUpperCase(c)) {
				elements++;
			}
			else if (isDigit(c)) {
				number = true;
				int j = i;
				while (j < span.length() && (isDigit(span.charAt(j)) || span.charAt(j) == '.')) {
					decimal |= span.charAt(j) == '.';
					j++;
				}
				try {
					integerSum += Double.parseDouble(ascii(span.substring(i, j)));
				}
				catch (NumberFormatException ex) {
					return null;
				}
				i = j - 1;
			}
		}
		if (elements < 2 || !number) {
			return null;
		}
		try {
			ParsedComposition parsed = this.parser.parse(span);
			if (parsed.ambiguous() || parsed.composition().size() < 2) {
				return null;
			}
			boolean phase = !decimal && !span.contains("(") && !span.contains("[") && integerSum < PHASE_SUM;
			return new Mention(start, end, span, parsed.composition(), phase);
		}
		catch (CompositionException ex) {
			return null;
		}
	}

	/**
	 * Scans element symbols with optional amounts and brackets from {@code start}; single spaces are allowed
	 * between a complete unit and the next element with an amount.
	 * @return the end of the longest span that looks like a formula
	 */
	private static int scan(String text, int start) {
		int i = start;
		int end = start;
		boolean lastHadAmount = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (isOpen(c)) {
				i++;
				lastHadAmount = false;
				continue;
			}
			if (isClose(c)) {
				i++;
				int afterAmount = amountEnd(text, i);
				lastHadAmount = afterAmount > i;
				i = afterAmount;
				end = i;
				continue;
			}
			int symbolEnd = symbolEnd(text, i);
			if (symbolEnd > i) {
				int afterAmount = amountEnd(text, symbolEnd);
				lastHadAmount = afterAmount > symbolEnd;
				i = afterAmount;
				end = i;
				continue;
			}
			if ((c == ' ' || c == '\u2009' || c == '\u00a0') && lastHadAmount && i + 1 < text.length()) {
				int next = i + 1;
				int nextSymbol = symbolEnd(text, next);
				if (nextSymbol > next && amountEnd(text, nextSymbol) > nextSymbol) {
					i = next;
					continue;
				}
			}
			break;
		}
		return end;
	}

	/** End of an element symbol at {@code i} (two letters preferred), or {@code i} when there is none. */
	private static int symbolEnd(String text, int i) {
		if (i >= text.length() || !Character.isUpperCase(text.charAt(i)) || text.charAt(i) > 'Z') {
			return i;
		}
		if (i + 1 < text.length() && text.charAt(i + 1) >= 'a' && text.charAt(i + 1) <= 'z'
				&& PeriodicTable.isElement(text.substring(i, i + 2))) {
			return i + 2;
		}
		if (PeriodicTable.isElement(text.substring(i, i + 1))
				&& !(i + 1 < text.length() && text.charAt(i + 1) >= 'a' && text.charAt(i + 1) <= 'z')) {
			return i + 1;
		}
		return i;
	}

	/** End of a decimal amount (ASCII or subscript digits) at {@code i}, or {@code i}. */
	private static int amountEnd(String text, int i) {
		int j = i;
		while (j < text.length() && isDigit(text.charAt(j))) {
			j++;
		}
		if (j > i && j + 1 < text.length() && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
			j++;
			while (j < text.length() && isDigit(text.charAt(j))) {
				j++;
			}
		}
		return j;
	}

	private static int depth(String text, int start, int end) {
		int depth = 0;
		for (int i = start; i < end; i++) {
			if (isOpen(text.charAt(i))) {
				depth++;
			}
			else if (isClose(text.charAt(i))) {
				depth--;
				if (depth < 0) {
					return -1;
				}
			}
		}
		return depth;
	}

	private static boolean boundaryBefore(String text, int i) {
		if (i == 0) {
			return true;
		}
		char c = text.charAt(i - 1);
		return !Character.isLetterOrDigit(c) && c != '.' && c != '_';
	}

	/**
	 * Nothing glued after the formula: no letter or digit, and no "-x" of a nominal series
	 * ({@code Cu50-xZr50}).
	 */
	private static boolean followedByBoundary(String text, int end) {
		if (end >= text.length()) {
			return true;
		}
		char c = text.charAt(end);
		if (Character.isLetterOrDigit(c)) {
			return false;
		}
		if ((c == '-' || c == '\u2212' || c == '\u2013' || c == '+') && end + 1 < text.length()) {
			char after = text.charAt(end + 1);
			return !(after == 'x' || after == 'y' || after == 'z' || after == '\u03b4' || isDigit(after));
		}
		return true;
	}

	private static boolean isOpen(char c) {
		return c == '(' || c == '[' || c == '{';
	}

	private static boolean isClose(char c) {
		return c == ')' || c == ']' || c == '}';
	}

	private static boolean isDigit(char c) {
		return (c >= '0' && c <= '9') || (c >= '\u2080' && c <= '\u2089');
	}

	private static String ascii(String digits) {
		StringBuilder out = new StringBuilder(digits.length());
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			out.append((c >= '\u2080' && c <= '\u2089') ? (char) ('0' + (c - '\u2080')) : c);
		}
		return out.toString();
	}

}
