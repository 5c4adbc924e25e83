package org.alloygan.core.composition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alloygan.core.composition.Token.Kind;

/**
 * Recursive-descent reader of the formula grammar (see package-info) for one choice of how each
 * run of letters is split into symbols; it returns element fractions of the whole formula.
 *
 * <p>
 * The amount rules are applied at every bracket level, because that is where a typo shows: the
 * amounts of one level are read as percent when they add up to more than
 * {@value #PERCENT_THRESHOLD} and must then sum to 100 ± {@value #PERCENT_TOLERANCE}; smaller sums
 * are fractions or molar ratios ({@code Cu0.5Zr0.5}, {@code Fe2B}, {@code AlCoCrFeNi}) and are
 * normalised. An element without a number has amount 1, except next to percentages, where the
 * number was almost certainly lost.
 */
final class FormulaReader {

	static final double PERCENT_THRESHOLD = 10;

	static final double PERCENT_TOLERANCE = 2;

	/** Deviation of a percent sum from 100 that is normalised without comment (33.3 × 3 = 99.9). */
	static final double QUIET_TOLERANCE = 0.1;

	private final String input;

	private final List<Token> tokens;

	private final List<List<Symbol>> symbols;

	private final List<String> warnings = new ArrayList<>();

	private final List<String> absent = new ArrayList<>();

	private final Map<String, Integer> positions = new LinkedHashMap<>();

	private boolean ambiguous;

	private int next;

	/** Index of the first token after the formula (END, or a trailing marker). */
	private int limit;

	/**
	 * @param symbols for each token, the chosen reading of a LETTERS token (empty for other tokens)
	 */
	private FormulaReader(String input, List<Token> tokens, List<List<Symbol>> symbols) {
		this.input = input;
		this.tokens = tokens;
		this.symbols = symbols;
		this.limit = tokens.size() - 1;
	}

	/**
	 * What a formula says.
	 *
	 * @param fractions element to mole (or, for wt.% text, mass) fraction, summing to 1
	 * @param positions element to the position where it is first written
	 * @param warnings notes on sums that were normalised and alternatives that were split
	 * @param ambiguous whether alternatives such as {@code (Cu,Ni)} were split
	 * @param marker an {@code at.%} / {@code wt.%} marker around the formula, or null
	 * @param absent elements written with amount 0 and so read as absent (each also has a warning)
	 */
	record Reading(Map<String, Double> fractions, Map<String, Integer> positions, List<String> warnings,
			boolean ambiguous, Token marker, List<String> absent) {
	}

	static Reading read(String input, List<Token> tokens, List<List<Symbol>> symbols) {
		return new FormulaReader(input, tokens, symbols).read();
	}

	private Reading read() {
		Token leading = leadingMarker();
		Token trailing = trailingMarker();
		if (leading != null && trailing != null && leading.isWeightMarker() != trailing.isWeightMarker()) {
			throw error("the text is marked both at.% and wt.%", trailing.position());
		}
		if (peek().kind() == Kind.END) {
			throw error("no composition in the text", 0);
		}
		int start = position();
		List<Item> items = items();
		if (peek().kind() != Kind.END) {
			throw unexpected(peek());
		}
		Map<String, Double> fractions = level(items, start, "the formula");
		return new Reading(fractions, this.positions, this.warnings, this.ambiguous,
				(leading != null) ? leading : trailing, this.absent);
	}

	/** A leading {@code at.%} or {@code (wt.%)}; skipped. */
	private Token leadingMarker() {
		if (kindAt(0) == Kind.MARKER) {
			this.next += 1;
			return this.tokens.get(this.next - 1);
		}
		if (kindAt(0) == Kind.OPEN && kindAt(1) == Kind.MARKER && kindAt(2) == Kind.CLOSE) {
			this.next += 3;
			return this.tokens.get(this.next - 2);
		}
		return null;
	}

	/** A trailing marker; the formula is then read only up to it. */
	private Token trailingMarker() {
		int end = this.limit;
		if (end - 1 >= this.next && this.tokens.get(end - 1).kind() == Kind.MARKER) {
			this.limit = end - 1;
			return this.tokens.get(end - 1);
		}
		if (end - 3 >= this.next && this.tokens.get(end - 1).kind() == Kind.CLOSE
				&& this.tokens.get(end - 2).kind() == Kind.MARKER && this.tokens.get(end - 3).kind() == Kind.OPEN) {
			this.limit = end - 3;
			return this.tokens.get(end - 2);
		}
		return null;
	}

	/** One bracket level: elements and groups, each optionally followed by an amount. */
	private List<Item> items() {
		List<Item> items = new ArrayList<>();
		while (true) {
			Token token = peek();
			if (token.kind() == Kind.LETTERS) {
				this.next++;
				List<Symbol> reading = this.symbols.get(this.next - 1);
				for (int i = 0; i < reading.size(); i++) {
					Symbol symbol = reading.get(i);
					this.positions.putIfAbsent(symbol.symbol(), symbol.position());
					Double amount = (i == reading.size() - 1) ? amount() : null;
					if (amount != null && amount == 0) {
						// Tables write absent elements as Ag0 (Ward et al. list over a thousand such rows).
						this.warnings.add(symbol.symbol() + " at position " + symbol.position()
								+ " is written with amount 0 and read as absent");
						this.absent.add(symbol.symbol());
						continue;
					}
					items.add(new Item(Map.of(symbol.symbol(), 1.0), amount, symbol.position(), symbol.symbol(), true));
				}
			}
			else if (token.kind() == Kind.OPEN) {
				this.next++;
				List<List<Item>> parts = bracketed(token);
				Token amountToken = peek();
				Double amount = amount();
				if (amount != null && amount == 0) {
					throw error("amount must be greater than 0", amountToken.position());
				}
				String label = "the group at position " + token.position();
				if (parts.size() > 1) {
					items.add(new Item(alternatives(parts, token), amount, token.position(), label, false));
				}
				else if (amount == null) {
					// brackets without an amount only group: (Fe70Mo5Ni5)P12.5(C5B2.5)
					items.addAll(parts.get(0));
				}
				else {
					items.add(new Item(level(parts.get(0), token.position(), label), amount, token.position(), label,
							false));
				}
			}
			else if (token.kind() == Kind.NUMBER) {
				throw error("a number must follow an element or a closing bracket", token.position());
			}
			else {
				return items;
			}
		}
	}

	/**
	 * After an opening bracket, through the closing bracket: the items of a sub-formula, or of each
	 * comma-separated alternative.
	 */
	private List<List<Item>> bracketed(Token open) {
		List<List<Item>> parts = new ArrayList<>();
		parts.add(items());
		while (peek().kind() == Kind.COMMA) {
			this.next++;
			parts.add(items());
		}
		Token close = peek();
		if (close.kind() != Kind.CLOSE) {
			if (close.kind() == Kind.END || close.kind() == Kind.MARKER) {
				throw error("'" + open.text() + "' is never closed", open.position());
			}
			throw unexpected(close);
		}
		if (close.text().charAt(0) != closing(open.text().charAt(0))) {
			throw error("expected '" + closing(open.text().charAt(0)) + "' to close '" + open.text() + "' at position "
					+ open.position(), close.position());
		}
		this.next++;
		if (parts.size() == 1 && parts.get(0).isEmpty()) {
			throw error("empty brackets", open.position());
		}
		return parts;
	}

	/** {@code (Cu,Ni)}: the paper names interchangeable elements; split equally and say so. */
	private Map<String, Double> alternatives(List<List<Item>> alternatives, Token open) {
		Map<String, Double> parts = new LinkedHashMap<>();
		for (List<Item> alternative : alternatives) {
			if (alternative.size() != 1 || !alternative.get(0).element()) {
				int at = alternative.isEmpty() ? open.position() : alternative.get(0).position();
				throw error("each alternative in '" + open.text() + "...' must be a single element symbol", at);
			}
			Item item = alternative.get(0);
			if (item.amount() != null) {
				throw error("an alternative such as (Cu,Ni) cannot carry its own amount", item.position());
			}
			if (parts.put(item.label(), 1.0 / alternatives.size()) != null) {
				throw error(item.label() + " is named twice among the alternatives", item.position());
			}
		}
		this.ambiguous = true;
		this.warnings.add("alternatives " + String.join("/", parts.keySet()) + " at position " + open.position()
				+ " were split equally; the measured alloy may differ");
		return parts;
	}

	/** An optional amount after an element or group; null when none is written. */
	private Double amount() {
		Token token = peek();
		if (token.kind() != Kind.NUMBER) {
			return null;
		}
		this.next++;
		return token.number();
	}

	/** Applies the amount rules of one level and returns its element fractions (sum 1). */
	private Map<String, Double> level(List<Item> items, int position, String where) {
		if (items.isEmpty()) {
			throw error("every amount in " + where + " is 0", position);
		}
		double explicit = 0;
		int implicit = 0;
		boolean allBelowOne = true;
		for (Item item : items) {
			if (item.amount() == null) {
				implicit++;
			}
			else {
				explicit += item.amount();
				allBelowOne &= item.amount() < 1;
			}
		}
		if (implicit > 0 && explicit > PERCENT_THRESHOLD) {
			Item missing = items.stream().filter((item) -> item.amount() == null).findFirst().orElseThrow();
			throw error("no amount after " + missing.label() + ", although the other amounts in " + where + " sum to "
					+ plain(explicit) + " (percent); a number seems to be missing", missing.position());
		}
		double sum = explicit + implicit;
		if (sum > PERCENT_THRESHOLD) {
			if (Math.abs(sum - 100) > PERCENT_TOLERANCE) {
				throw error("amounts in " + where + " sum to " + plain(sum) + "; percentages must sum to 100 ± "
						+ plain(PERCENT_TOLERANCE), position);
			}
			if (Math.abs(sum - 100) > QUIET_TOLERANCE + 1e-9) {
				this.warnings.add("amounts in " + where + " sum to " + plain(sum) + "; normalised to 100");
			}
		}
		else if (implicit == 0 && allBelowOne && Math.abs(sum - 1) > 0.01 + 1e-9) {
			this.warnings.add("fractions in " + where + " sum to " + plain(sum) + ", not 1; normalised");
		}
		Map<String, Double> fractions = new LinkedHashMap<>();
		for (Item item : items) {
			double share = ((item.amount() != null) ? item.amount() : 1.0) / sum;
			item.parts().forEach((element, part) -> fractions.merge(element, share * part, Double::sum));
		}
		return fractions;
	}

	private CompositionException unexpected(Token token) {
		return switch (token.kind()) {
			case CLOSE -> error("'" + token.text() + "' without a matching opening bracket", token.position());
			case COMMA -> error("',' is only allowed between alternatives such as (Cu,Ni)", token.position());
			case MARKER -> error("'" + token.text() + "' must come before or after the formula", token.position());
			default -> error("unexpected '" + token.text() + "'", token.position());
		};
	}

	/** The next token; END once the formula part (before a trailing marker) is used up. */
	private Token peek() {
		return this.tokens.get((this.next < this.limit) ? this.next : this.tokens.size() - 1);
	}

	private Kind kindAt(int offset) {
		int index = this.next + offset;
		return (index < this.limit) ? this.tokens.get(index).kind() : Kind.END;
	}

	private int position() {
		return peek().position();
	}

	private CompositionException error(String reason, int position) {
		return new CompositionException(reason, this.input, position);
	}

	private static char closing(char open) {
		return switch (open) {
			case '(' -> ')';
			case '[' -> ']';
			default -> '}';
		};
	}

	static String plain(double value) {
		return BigDecimal.valueOf(Math.round(value * 1e6) / 1e6).stripTrailingZeros().toPlainString();
	}

	/**
	 * An element or group with its amount.
	 *
	 * @param parts element fractions inside it (one element: {@code {Cu=1.0}})
	 * @param amount as written, null when omitted
	 * @param position where it starts
	 * @param label how messages name it
	 * @param element whether it is a single element symbol rather than a group
	 */
	private record Item(Map<String, Double> parts, Double amount, int position, String label, boolean element) {
	}

}
