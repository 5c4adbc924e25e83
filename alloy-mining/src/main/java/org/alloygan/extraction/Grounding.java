package org.alloygan.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.composition.CompositionException;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.composition.ParsedComposition;

/**
 * Checks a candidate against the passage it came from, whichever extractor produced it: the composition
 * must be printed in the passage and readable, and every number must be printed there too (as given, or
 * before the unit conversion: °C for a temperature, cm or µm for a size, per second for a heating rate).
 * Values that cannot be right (a temperature outside 200-2500 K, Tg not below Tx) are rejected as well.
 * A language model that invents or mislabels a number it did not read is caught here, not published.
 *
 * <p>
 * Numbers are looked up only where they stand alone: the {@code 50} of {@code Cu50Zr50} does not ground a
 * temperature of 50 K. Stateless and thread-safe.
 */
public final class Grounding {

	static final double MIN_TEMPERATURE_K = 200;

	static final double MAX_TEMPERATURE_K = 2500;

	static final double MAX_DMAX_MM = 200;

	private static final double TOLERANCE = 1e-3;

	/** A number not glued to a letter, digit or decimal point before it (so not an amount in a formula). */
	private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9.])\\d+(?:\\.\\d+)?");

	private final CompositionParser parser = new CompositionParser();

	/**
	 * Turns a candidate into an accepted or rejected record with the given provenance.
	 */
	public ExtractedRecord check(Passage passage, Candidate candidate, String extractor, String model,
			String promptVersion) {
		Composition composition = null;
		List<String> problems = new ArrayList<>();
		String text = candidate.compositionText();
		if (text == null || text.isBlank()) {
			problems.add("no composition given");
		}
		else {
			if (!normalise(passage.text()).contains(normalise(text))) {
				problems.add("composition '" + text + "' is not in the passage");
			}
			try {
				ParsedComposition parsed = this.parser.parse(text);
				composition = parsed.composition();
				if (parsed.ambiguous()) {
					problems.add("composition '" + text + "' is ambiguous: " + String.join("; ", parsed.warnings()));
				}
			}
			catch (CompositionException ex) {
				problems.add("composition '" + text + "' cannot be read: " + ex.reason());
			}
		}
		if (!candidate.hasProperty()) {
			problems.add("no Tg, Tx, Tl or Dmax given");
		}
		List<Double> numbers = numbers(passage.text());
		temperature(problems, numbers, "Tg", candidate.tgK());
		temperature(problems, numbers, "Tx", candidate.txK());
		temperature(problems, numbers, "Tl", candidate.tlK());
		order(problems, "Tg", candidate.tgK(), "Tx", candidate.txK());
		order(problems, "Tx", candidate.txK(), "Tl", candidate.tlK());
		order(problems, "Tg", candidate.tgK(), "Tl", candidate.tlK());
		if (candidate.dmaxMm() != null) {
			double mm = candidate.dmaxMm();
			if (!found(numbers, mm, 1) && !found(numbers, mm / 10, 1) && !found(numbers, mm * 1000, 1)) {
				problems.add("Dmax " + plain(mm) + " mm is not in the passage (as mm, cm or µm)");
			}
			else if (!(mm > 0 && mm <= MAX_DMAX_MM)) {
				problems.add("Dmax " + plain(mm) + " mm is outside 0-" + plain(MAX_DMAX_MM) + " mm");
			}
		}
		if (candidate.heatingRateKPerMin() != null) {
			double rate = candidate.heatingRateKPerMin();
			if (!found(numbers, rate, 1) && !found(numbers, rate / 60, 1)) {
				problems.add("heating rate " + plain(rate) + " K/min is not in the passage (per minute or per second)");
			}
			else if (!(rate > 0)) {
				problems.add("heating rate must be positive");
			}
		}
		if (!(candidate.confidence() >= 0 && candidate.confidence() <= 1)) {
			problems.add("confidence " + candidate.confidence() + " is outside 0..1");
		}
		String rejection = problems.isEmpty() ? null : String.join("; ", problems);
		return new ExtractedRecord(passage, text, composition, candidate.tgK(), candidate.txK(), candidate.tlK(),
				candidate.dmaxMm(), candidate.heatingRateKPerMin(), candidate.confidence(), extractor, model,
				promptVersion, rejection);
	}

	private static void temperature(List<String> problems, List<Double> numbers, String name, Double kelvin) {
		if (kelvin == null) {
			return;
		}
		if (!found(numbers, kelvin, 1) && !found(numbers, kelvin - 273.15, 1)) {
			problems.add(name + " " + plain(kelvin) + " K is not in the passage (as K or °C)");
		}
		else if (!(kelvin >= MIN_TEMPERATURE_K && kelvin <= MAX_TEMPERATURE_K)) {
			problems.add(name + " " + plain(kelvin) + " K is outside " + plain(MIN_TEMPERATURE_K) + "-"
					+ plain(MAX_TEMPERATURE_K) + " K");
		}
	}

	private static void order(List<String> problems, String lowName, Double low, String highName, Double high) {
		if (low != null && high != null && !(low < high)) {
			problems.add(lowName + " (" + plain(low) + " K) must be below " + highName + " (" + plain(high) + " K)");
		}
	}

	private static boolean found(List<Double> numbers, double value, double scale) {
		for (double number : numbers) {
			if (Math.abs(number * scale - value) <= TOLERANCE * Math.max(1, Math.abs(value))) {
				return true;
			}
		}
		return false;
	}

	/** The stand-alone numbers of a text. */
	static List<Double> numbers(String text) {
		List<Double> numbers = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(Double.parseDouble(matcher.group()));
		}
		return numbers;
	}

	/** Whitespace dropped, subscript digits as ASCII: how a formula is compared with the passage. */
	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			out.append((c >= '\u2080' && c <= '\u2089') ? (char) ('0' + (c - '\u2080')) : c);
		}
		return out.toString();
	}

	static String plain(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%s", value);
	}

}
