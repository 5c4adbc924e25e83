package org.alloygan.extraction.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names papers give Tg, Tx, Tl and Dmax, and the look-alikes that must not be taken for them. Patterns
 * are tried in order and an earlier match wins an overlap, so {@code ΔTx} is OTHER before {@code Tx} can
 * match inside it. Stateless and thread-safe.
 */
public final class Terms {

	/** A property name found in a text. */
	public record Term(int start, int end, Property property) {
	}

	private record Rule(Pattern pattern, Property property) {
	}

	/** Symbol subscripts as printed: Tg, T_g, T g (a PDF subscript), T{g}. */
	private static final String SUB = "\\s?_?\\{?";

	private static final String END_SUB = "\\}?(?![A-Za-z0-9])";

	private static final List<Rule> RULES = List.of(
			// look-alikes first
			rule("(?:\u0394|\u2206|delta\\s*)\\s?T" + SUB + "(?:x|g|l|m)?" + END_SUB, Property.OTHER),
			rule("\\b(?:supercooled|undercooled)\\s+liquid\\s+(?:region|range|interval|regime)", Property.OTHER),
			rule("\\bT" + SUB + "(?:rg|p\\d?|x[2-9]|m|s|a|f|c|sol|ann)" + END_SUB, Property.OTHER),
			rule("(?<![A-Za-z])(?:\u03b3|\u03c9|\u03b1|\u03b2)(?:\\s?_?[a-z]+)?(?![A-Za-z])", Property.OTHER),
			rule("(?i)\\b(?:crystalli[sz]ation\\s+)?peak\\s+(?:crystalli[sz]ation\\s+)?temperatures?", Property.OTHER),
			rule("(?i)\\bmelting\\s+(?:point|temperatures?|onset)", Property.OTHER),
			rule("(?i)\\bsolidus(?:\\s+temperatures?)?", Property.OTHER),
			rule("(?i)\\bCurie\\s+temperatures?", Property.OTHER),
			rule("(?i)\\b(?:reduced\\s+glass[\\s-]+transition\\s+temperature|room\\s+temperature)", Property.OTHER),
			// the properties
			rule("(?i)\\bglass[\\s-]+transition(?:\\s+temperatures?)?", Property.TG),
			rule("\\bT" + SUB + "g" + END_SUB, Property.TG),
			rule("(?i)\\bonset\\s+(?:temperatures?\\s+)?(?:of\\s+)?(?:the\\s+)?(?:first\\s+)?crystalli[sz]ation"
					+ "(?:\\s+(?:temperatures?|events?|peaks?))?", Property.TX),
			rule("(?i)\\b(?:first\\s+|primary\\s+)?crystalli[sz]ation\\s+(?:onset\\s+)?(?:temperatures?|onset)",
					Property.TX),
			rule("(?i)\\bcrystalli[sz](?:es|e|ed)\\s+(?:at|above)\\b", Property.TX),
			rule("(?i)\\bcrystalli[sz]ation\\s+(?:starts?|started|begins?|began|sets\\s+in|set\\s+in)\\s+(?:at|above)\\b",
					Property.TX),
			// "the glass transition, crystallization and liquidus temperatures": one noun shared by a list
			rule("(?i)\\bcrystalli[sz]ation(?=(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:[A-Za-z-]+\\s+){0,3}?temperatures\\b)",
					Property.TX),
			rule("\\bT" + SUB + "x1?" + END_SUB, Property.TX),
			rule("(?i)\\bliquidus(?:\\s+temperatures?)?", Property.TL),
			rule("\\bT" + SUB + "(?:l|liq|L)" + END_SUB, Property.TL),
			rule("\\b[Dd]" + SUB + "(?:max|c|crit)" + END_SUB, Property.DMAX),
			rule("(?i)\\b(?:critical|maximum|max\\.)\\s+(?:casting\\s+|glass-forming\\s+|rod\\s+|sample\\s+)?"
					+ "(?:diameters?|sizes?|thickness(?:es)?|dimensions?)", Property.DMAX),
			rule("(?i)\\b(?:diameters?|rods?|cylinders?)\\s+(?:of\\s+)?up\\s+to\\b", Property.DMAX),
			rule("(?i)\\bup\\s+to\\b(?=\\s*\\d+(?:\\.\\d+)?\\s*(?:mm|cm)\\s+in\\s+diameter)", Property.DMAX),
			// what was done to a sample at some temperature; after the property phrases, so "critical casting
			// thickness" stays a property
			rule("(?i)\\b(?:anneal(?:ed|ing)?|isotherm(?:al|ally)?|held|holding|heated|pre-?heated|relaxed|"
					+ "aged|cast(?:ing)?|poured|pouring|melted|remelted|quenched|tested|deformed|sintered|"
					+ "consolidated|processed|embrittlement)\\b", Property.OTHER),
			rule("(?i)\\bpeak\\b", Property.OTHER));

	private Terms() {
	}

	private static Rule rule(String regex, Property property) {
		return new Rule(Pattern.compile(regex), property);
	}

	/**
	 * Property names in {@code text}, in order, outside the given excluded spans (compositions), not
	 * overlapping.
	 * @param excluded sorted, non-overlapping [start, end) pairs
	 */
	public static List<Term> find(String text, List<int[]> excluded) {
		List<Term> found = new ArrayList<>();
		boolean[] taken = new boolean[text.length() + 1];
		for (int[] span : excluded) {
			for (int i = span[0]; i < span[1]; i++) {
				taken[i] = true;
			}
		}
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(text);
			while (matcher.find()) {
				if (matcher.end() == matcher.start() || overlaps(taken, matcher.start(), matcher.end())) {
					continue;
				}
				for (int i = matcher.start(); i < matcher.end(); i++) {
					taken[i] = true;
				}
				found.add(new Term(matcher.start(), matcher.end(), rule.property()));
			}
		}
		found.sort(Comparator.comparingInt(Term::start));
		return found;
	}

	private static boolean overlaps(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return true;
			}
		}
		return false;
	}

}
