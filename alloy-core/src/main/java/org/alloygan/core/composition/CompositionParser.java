package org.alloygan.core.composition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alloygan.core.composition.Token.Kind;
import org.alloygan.core.element.ElementProperty;
import org.alloygan.core.element.ElementTable;

/**
 * Reads compositions as papers and datasets print them ({@code Zr41.2Ti13.8Cu12.5Ni10Be22.5},
 * {@code (Cu50Zr43Al7)98Si2}, {@code Cu0.5Zr0.5}, {@code Pr72(Cu,Ni)21Al7}, {@code Cu₅₀Zr₅₀ at.%})
 * into a normalised {@link Composition}. The accepted syntax and the error rules are in the
 * package documentation and {@code docs/descriptors.md}.
 *
 * <p>
 * Stateless and thread-safe. Letter-case typos ({@code TI}, {@code cu}) are fixed only when exactly
 * one way of reading the letters gives a valid composition, and each fix is reported as a warning:
 * a wrong composition that looks right is worse than an error.
 */
public final class CompositionParser {

	/** Combinations of letter-case readings tried before giving up on a garbled text. */
	private static final int MAX_COMBINATIONS = 4096;

	/** Smallest at.% kept; anything smaller would round to 0.00 in a {@link Composition}. */
	private static final double SMALLEST_PERCENT = 0.005;

	private final ElementTable elements;

	/** A parser that converts wt.% with the embedded atomic weights. */
	public CompositionParser() {
		this(ElementTable.standard());
	}

	/** A parser that converts wt.% with the atomic weights of {@code elements}. */
	public CompositionParser(ElementTable elements) {
		this.elements = Objects.requireNonNull(elements, "elements");
	}

	/**
	 * Parses a composition given in at.% (or fractions, or a molar ratio). A text marked
	 * {@code wt.%} is converted to at.% with a warning, since that is what it says it is.
	 * @throws CompositionException if the text cannot be read unambiguously
	 */
	public ParsedComposition parse(String text) {
		return parse(text, false);
	}

	/**
	 * Parses a composition given in weight percent and converts it to at.% with atomic weights
	 * (mole amount = mass share / atomic weight, then normalised).
	 * @throws CompositionException if the text cannot be read, is marked at.%, or names an element
	 * without a known atomic weight
	 */
	public ParsedComposition parseWeightPercent(String text) {
		return parse(text, true);
	}

	private ParsedComposition parse(String text, boolean weightPercent) {
		Objects.requireNonNull(text, "text");
		List<Token> tokens = Lexer.tokens(text);
		List<List<List<Symbol>>> options = new ArrayList<>();
		for (Token token : tokens) {
			options.add((token.kind() == Kind.LETTERS) ? SymbolReadings.of(token, text) : List.of(List.of()));
		}
		Choice choice = choose(text, tokens, options);
		FormulaReader.Reading reading = choice.reading();
		List<String> warnings = new ArrayList<>(choice.caseFixes());
		warnings.addAll(reading.warnings());
		Token marker = reading.marker();
		boolean weight = weightPercent;
		if (marker != null && weightPercent && !marker.isWeightMarker()) {
			throw new CompositionException("the text is marked '" + marker.text() + "' but was given as weight percent",
					text, marker.position());
		}
		if (marker != null && !weightPercent && marker.isWeightMarker()) {
			weight = true;
			warnings.add("the text is marked '" + marker.text() + "'; converted from wt.% to at.% with atomic weights");
		}
		Map<String, Double> fractions = weight ? toAtomic(reading, text) : reading.fractions();
		Map<String, Double> percent = new LinkedHashMap<>();
		fractions.forEach((element, fraction) -> {
			if (fraction * 100 < SMALLEST_PERCENT) {
				warnings.add(element + " (" + FormulaReader.plain(fraction * 100)
						+ " at.%) is below the 0.01 at.% resolution and was dropped");
			}
			else {
				percent.put(element, fraction * 100);
			}
		});
		return new ParsedComposition(Composition.of(percent), warnings, reading.ambiguous(), reading.absent());
	}

	/**
	 * Reads the text with every combination of letter-case readings. The as-written reading wins
	 * when it is valid; otherwise exactly one valid reading must remain.
	 */
	private static Choice choose(String text, List<Token> tokens, List<List<List<Symbol>>> options) {
		long combinations = 1;
		for (List<List<Symbol>> option : options) {
			combinations *= option.size();
			if (combinations > MAX_COMBINATIONS) {
				throw new CompositionException("too many ways to read the letter case; write symbols as Xx", text, 0);
			}
		}
		boolean strictFirst = options.stream().allMatch((option) -> option.get(0).stream().noneMatch(Symbol::fixed));
		CompositionException firstError = null;
		List<Choice> valid = new ArrayList<>();
		int[] index = new int[options.size()];
		for (long n = 0; n < combinations; n++, increment(index, options)) {
			List<List<Symbol>> symbols = new ArrayList<>(options.size());
			for (int t = 0; t < index.length; t++) {
				symbols.add(options.get(t).get(index[t]));
			}
			try {
				FormulaReader.Reading reading = FormulaReader.read(text, tokens, symbols);
				Choice choice = new Choice(reading, symbols);
				if (n == 0 && strictFirst) {
					return choice;
				}
				if (valid.stream().noneMatch((other) -> other.reading().fractions().equals(reading.fractions()))) {
					valid.add(choice);
				}
			}
			catch (CompositionException ex) {
				firstError = (firstError != null) ? firstError : ex;
			}
		}
		if (valid.size() == 1) {
			return valid.get(0);
		}
		if (valid.isEmpty()) {
			throw firstError;
		}
		throw ambiguousCase(text, valid);
	}

	private static CompositionException ambiguousCase(String text, List<Choice> valid) {
		List<List<Symbol>> first = valid.get(0).symbols();
		List<List<Symbol>> second = valid.get(1).symbols();
		for (int t = 0; t < first.size(); t++) {
			if (!first.get(t).equals(second.get(t))) {
				Symbol at = first.get(t).get(0);
				return new CompositionException("the letter case is ambiguous: '" + written(first.get(t))
						+ "' can be read as " + symbols(first.get(t)) + " or " + symbols(second.get(t))
						+ "; write each symbol as Xx", text, at.position());
			}
		}
		throw new IllegalStateException("two readings of '" + text + "' do not differ");
	}

	private static void increment(int[] index, List<List<List<Symbol>>> options) {
		for (int t = index.length - 1; t >= 0; t--) {
			if (++index[t] < options.get(t).size()) {
				return;
			}
			index[t] = 0;
		}
	}

	private Map<String, Double> toAtomic(FormulaReader.Reading reading, String text) {
		Map<String, Double> moles = new LinkedHashMap<>();
		double total = 0;
		for (Map.Entry<String, Double> entry : reading.fractions().entrySet()) {
			double weight = this.elements.value(entry.getKey(), ElementProperty.ATOMIC_WEIGHT);
			if (Double.isNaN(weight)) {
				throw new CompositionException("no atomic weight for " + entry.getKey() + " to convert wt.% to at.%",
						text, reading.positions().get(entry.getKey()));
			}
			moles.put(entry.getKey(), entry.getValue() / weight);
			total += entry.getValue() / weight;
		}
		double sum = total;
		moles.replaceAll((element, amount) -> amount / sum);
		return moles;
	}

	private static String written(List<Symbol> symbols) {
		StringBuilder text = new StringBuilder();
		symbols.forEach((symbol) -> text.append(symbol.written()));
		return text.toString();
	}

	private static String symbols(List<Symbol> symbols) {
		return String.join(" ", symbols.stream().map(Symbol::symbol).toList());
	}

	/**
	 * A successful reading and the symbols it used.
	 */
	private record Choice(FormulaReader.Reading reading, List<List<Symbol>> symbols) {

		List<String> caseFixes() {
			List<String> fixes = new ArrayList<>();
			for (List<Symbol> run : this.symbols) {
				for (Symbol symbol : run) {
					if (symbol.fixed()) {
						fixes.add("read '" + symbol.written() + "' at position " + symbol.position() + " as "
								+ symbol.symbol() + " (letter case fixed)");
					}
				}
			}
			return fixes;
		}

	}

}
