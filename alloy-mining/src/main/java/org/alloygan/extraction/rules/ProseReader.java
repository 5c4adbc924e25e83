package org.alloygan.extraction.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.alloygan.extraction.Candidate;
import org.alloygan.extraction.rules.CompositionFinder.Mention;
import org.alloygan.extraction.rules.Quantities.Group;
import org.alloygan.extraction.rules.Quantities.Kind;
import org.alloygan.extraction.rules.Quantities.Value;
import org.alloygan.extraction.rules.Terms.Term;

/**
 * Links values to properties and alloys in running text, sentence by sentence.
 *
 * <ul>
 * <li>A property list ({@code Tg, Tx and Tl}) takes the next usable value list in its sentence
 * ({@code 620, 705 and 993 K}) when the counts match; a single property with as many values as alloys
 * listed around it takes one value per alloy ("..., respectively").</li>
 * <li>The alloy is the one named right after the values ({@code 625 K for X}, {@code X (625 K)}), else the
 * nearest one before them in the sentence, else the first after them, else the one alloy the previous
 * sentences were about.</li>
 * <li>A value list without a property of its own reuses the sentence's last property only when an alloy is
 * named for it ({@code ... and 701 K for Y}, {@code whereas that of Y is 701 K}).</li>
 * <li>Ranges, differences ({@code Tg + 20 K}, {@code 15 K higher}), values of look-alike properties
 * (ΔTx, Tp, annealing), rates, sizes without a Dmax name and unit-less numbers are never taken.</li>
 * </ul>
 * Anything ambiguous (counts that do not match, several candidate alloys from earlier sentences) yields no
 * value: a missed value costs recall, a wrong one would be published.
 */
final class ProseReader {

	private static final Pattern PROPERTY_SEPARATOR = Pattern
		.compile("[\\s,/;&()\\[\\]:]*(?:(?:and|or|as\\s+well\\s+as|the)\\s+)*(?:the\\s+)?[\\s,/;&()\\[\\]:]*");

	private static final Pattern FOR_ALLOY = Pattern
		.compile("\\s*\\)?\\s*,?\\s*(?:for|of|in)\\s+(?:the\\s+)?(?:[a-z][a-z-]*\\s+){0,3}");

	private static final Pattern RIGHT_AFTER_ALLOY = Pattern
		.compile("\\s*(?:alloy|glass|BMG|sample|ribbon|rod)?s?\\s*[(\\[,:=]\\s*(?:T\\s?_?[gxl]\\s*[=:]\\s*)?");

	private static final Pattern THAT_OF = Pattern.compile("(?i)\\b(?:that|those|one|values?|it)\\s+(?:of|for)\\s+"
			+ "(?:the\\s+)?(?:[a-z][a-z-]*\\s+){0,2}$");

	private static final Pattern AFTER_THAT_OF = Pattern.compile("[^\\d.;]{0,40}");

	private static final Pattern ORDER = Pattern.compile("\\b(binary|ternary|quaternary|quinary)\\b");

	/** A value measured under another condition: "583 K at 40 K/min". */
	private static final Pattern AT_RATE = Pattern.compile("\\s*\\(?\\s*(?:at|with|using)\\s*$");

	private static final Pattern COOLING = Pattern.compile("(?i)(?:cool|quench|\\bR\\s?_?c\\b|solidif|critical\\s+rate)");

	private final String text;

	private final List<Mention> alloys;

	private final List<PropertyGroup> properties;

	private final List<Group> quantities;

	private final List<Group> heatingRates;

	private final Assignments assignments = new Assignments();

	private List<Mention> focus = List.of();

	private List<int[]> sentences = List.of();

	/** The alloy of the last statement, within the current sentence. */
	private Mention lastAlloy;

	/** Consecutive property names printed as one list. */
	private record PropertyGroup(int start, int end, List<Property> properties) {
	}

	ProseReader(String text, CompositionFinder finder) {
		this.text = text;
		List<Mention> mentions = finder.find(text);
		this.alloys = mentions.stream().filter((mention) -> !mention.phase()).toList();
		boolean[] excluded = new boolean[text.length() + 1];
		List<int[]> spans = new ArrayList<>();
		for (Mention mention : mentions) {
			spans.add(new int[] { mention.start(), mention.end() });
			for (int i = mention.start(); i < mention.end(); i++) {
				excluded[i] = true;
			}
		}
		List<Term> terms = Terms.find(text, spans);
		for (Term term : terms) {
			for (int i = term.start(); i < term.end(); i++) {
				excluded[i] = true;
			}
		}
		this.properties = group(terms);
		this.quantities = Quantities.find(text, excluded);
		this.heatingRates = this.quantities.stream()
			.filter((group) -> group.all(Kind.RATE) && group.values().size() == 1 && !group.range())
			.filter((group) -> !COOLING.matcher(this.text.substring(Math.max(0, group.start() - 45), group.start()))
				.find())
			.toList();
	}

	List<Candidate> read() {
		this.sentences = Sentences.split(this.text);
		for (int[] sentence : this.sentences) {
			readSentence(sentence[0], sentence[1]);
		}
		return this.assignments.candidates();
	}

	private void readSentence(int start, int end) {
		List<Object> events = new ArrayList<>();
		this.properties.stream().filter((p) -> p.start() >= start && p.start() < end).forEach(events::add);
		this.quantities.stream().filter((q) -> q.start() >= start && q.start() < end).forEach(events::add);
		events.sort(Comparator.comparingInt(ProseReader::startOf));
		List<Mention> sentenceAlloys = this.alloys.stream()
			.filter((m) -> m.start() >= start && m.start() < end)
			.toList();
		boolean respectively = this.text.substring(start, end).contains("respectively");
		PropertyGroup pending = null;
		PropertyGroup last = null;
		this.lastAlloy = null;
		int lastPairEnd = start;
		for (Object event : events) {
			if (event instanceof PropertyGroup group) {
				pending = group;
				continue;
			}
			Group values = (Group) event;
			if (values.difference()) {
				continue;
			}
			if (values.range()) {
				pending = null;
				continue;
			}
			if (!values.usable()) {
				continue;
			}
			if (pending != null) {
				pair(pending.properties(), values, sentenceAlloys, lastPairEnd, end, respectively);
				last = pending;
				pending = null;
				lastPairEnd = values.end();
			}
			else if (last != null && values.values().size() == last.properties().size()) {
				Mention named = namedFor(values, sentenceAlloys, lastPairEnd);
				if (named == null && this.lastAlloy != null && measuredAtRate(values)) {
					// "Tg of X is 576 K at 5 K/min and 583 K at 40 K/min": the same alloy, another condition
					named = this.lastAlloy;
				}
				if (named != null) {
					assign(named, last.properties(), values.values(), 0.75);
					lastPairEnd = values.end();
				}
			}
		}
		if (!sentenceAlloys.isEmpty()) {
			this.focus = distinct(sentenceAlloys);
		}
	}

	private void pair(List<Property> properties, Group values, List<Mention> sentenceAlloys, int since,
			int sentenceEnd, boolean respectively) {
		int n = properties.size();
		int m = values.values().size();
		List<Mention> listed = distinct(between(sentenceAlloys, since, values.start()));
		if (listed.size() < 2) {
			List<Mention> after = distinct(between(sentenceAlloys, values.end(), nextEventStart(values, sentenceEnd)));
			if (after.size() >= 2) {
				listed = after;
			}
		}
		int k = listed.size();
		if (n == 1 && m >= 2 && k == m) {
			for (int i = 0; i < m; i++) {
				assign(listed.get(i), properties, List.of(values.values().get(i)), 0.8);
			}
		}
		else if (n == m) {
			Mention alloy = resolve(values, sentenceAlloys, sentenceEnd);
			if (alloy != null) {
				assign(alloy, properties, values.values(), alloyInSentence(alloy, sentenceAlloys) ? 0.9 : 0.7);
			}
		}
		else if (n >= 2 && k >= 2 && m == n * k && respectively) {
			for (int a = 0; a < k; a++) {
				assign(listed.get(a), properties, values.values().subList(a * n, a * n + n), 0.75);
			}
		}
	}

	private boolean measuredAtRate(Group values) {
		for (Group rate : this.heatingRates) {
			if (rate.start() >= values.end() && rate.start() - values.end() <= 12
					&& AT_RATE.matcher(this.text.substring(values.end(), rate.start())).find()) {
				return true;
			}
		}
		return false;
	}

	private void assign(Mention alloy, List<Property> properties, List<Value> values, double confidence) {
		this.lastAlloy = alloy;
		for (int i = 0; i < properties.size(); i++) {
			Property property = properties.get(i);
			Value value = values.get(i);
			boolean fits = (property.isTemperature() && value.unit().kind() == Kind.TEMPERATURE)
					|| (property == Property.DMAX && value.unit().kind() == Kind.LENGTH);
			if (fits) {
				this.assignments.add(alloy, property, value.converted(),
						property.isTemperature() ? heatingRate(value) : null, confidence);
			}
		}
	}

	/** The alloy of a value list, or null when it cannot be told. */
	private Mention resolve(Group values, List<Mention> sentenceAlloys, int sentenceEnd) {
		Mention named = namedAfter(values, sentenceAlloys);
		if (named != null) {
			return named;
		}
		Mention before = null;
		Mention after = null;
		for (Mention alloy : sentenceAlloys) {
			if (alloy.end() <= values.start()) {
				before = alloy;
			}
			else if (after == null && alloy.start() >= values.end()) {
				after = alloy;
			}
		}
		if (before != null) {
			return before;
		}
		if (after != null) {
			return after;
		}
		return fromFocus(values);
	}

	/**
	 * The alloy the previous sentences were about: the only one, or the one an anaphor picks out ("the
	 * ternary alloy", "the latter").
	 */
	private Mention fromFocus(Group values) {
		if (this.focus.size() == 1) {
			return this.focus.get(0);
		}
		if (this.focus.isEmpty()) {
			return null;
		}
		String before = this.text.substring(sentenceStart(values.start()), values.start()).toLowerCase();
		if (before.contains("the latter")) {
			return this.focus.get(this.focus.size() - 1);
		}
		if (before.contains("the former")) {
			return this.focus.get(0);
		}
		java.util.regex.Matcher order = ORDER.matcher(before);
		if (order.find()) {
			int elements = List.of("binary", "ternary", "quaternary", "quinary").indexOf(order.group(1)) + 2;
			List<Mention> matching = this.focus.stream().filter((m) -> m.composition().size() == elements).toList();
			return (matching.size() == 1) ? matching.get(0) : null;
		}
		return null;
	}

	private int sentenceStart(int offset) {
		int start = 0;
		for (int[] sentence : this.sentences) {
			if (sentence[0] <= offset) {
				start = sentence[0];
			}
		}
		return start;
	}

	/** {@code 625 K for X}: the alloy printed right after the values. */
	private Mention namedAfter(Group values, List<Mention> sentenceAlloys) {
		for (Mention alloy : sentenceAlloys) {
			if (alloy.start() >= values.end()) {
				return FOR_ALLOY.matcher(this.text.substring(values.end(), alloy.start())).matches() ? alloy : null;
			}
		}
		return null;
	}

	/**
	 * For a value list without a property name: the alloy it is explicitly given for ({@code and 701 K for
	 * Y}, {@code that of Y is 701 K}, {@code Y (701 K)}), or null.
	 */
	private Mention namedFor(Group values, List<Mention> sentenceAlloys, int since) {
		Mention after = namedAfter(values, sentenceAlloys);
		if (after != null) {
			return after;
		}
		Mention before = null;
		for (Mention alloy : sentenceAlloys) {
			if (alloy.start() >= since && alloy.end() <= values.start()) {
				before = alloy;
			}
		}
		if (before == null) {
			return null;
		}
		String gap = this.text.substring(before.end(), values.start());
		if (RIGHT_AFTER_ALLOY.matcher(gap).matches()) {
			return before;
		}
		String lead = this.text.substring(Math.max(since, before.start() - 30), before.start());
		return (THAT_OF.matcher(lead).find() && AFTER_THAT_OF.matcher(gap).matches()) ? before : null;
	}

	/** The heating rate a temperature was measured at, or null when the passage does not say one. */
	private Double heatingRate(Value value) {
		for (Group rate : this.heatingRates) {
			if (rate.start() >= value.end() && rate.start() - value.end() <= 25
					&& this.text.substring(value.end(), rate.start()).matches("\\s*\\)?\\s*,?\\s*(?:at|with|using|\\()\\s*")) {
				return rate.values().get(0).converted();
			}
		}
		Map<Double, Boolean> distinct = new LinkedHashMap<>();
		this.heatingRates.forEach((rate) -> distinct.put(rate.values().get(0).converted(), true));
		return (distinct.size() == 1) ? distinct.keySet().iterator().next() : null;
	}

	private int nextEventStart(Group values, int sentenceEnd) {
		int next = sentenceEnd;
		for (Group group : this.quantities) {
			if (group.start() > values.end() && group.usable()) {
				next = Math.min(next, group.start());
				break;
			}
		}
		for (PropertyGroup group : this.properties) {
			if (group.start() > values.end()) {
				next = Math.min(next, group.start());
				break;
			}
		}
		return next;
	}

	private static boolean alloyInSentence(Mention alloy, List<Mention> sentenceAlloys) {
		return sentenceAlloys.contains(alloy);
	}

	private static List<Mention> between(List<Mention> alloys, int from, int to) {
		return alloys.stream().filter((m) -> m.start() >= from && m.end() <= to).toList();
	}

	private static List<Mention> distinct(List<Mention> alloys) {
		Map<String, Mention> seen = new LinkedHashMap<>();
		alloys.forEach((m) -> seen.putIfAbsent(m.composition().canonicalKey(), m));
		return new ArrayList<>(seen.values());
	}

	private List<PropertyGroup> group(List<Term> terms) {
		List<PropertyGroup> groups = new ArrayList<>();
		int i = 0;
		while (i < terms.size()) {
			List<Property> properties = new ArrayList<>();
			properties.add(terms.get(i).property());
			int end = terms.get(i).end();
			int j = i + 1;
			while (j < terms.size()
					&& PROPERTY_SEPARATOR.matcher(this.text.substring(end, terms.get(j).start())).matches()) {
				Property next = terms.get(j).property();
				// "glass transition temperature (Tg)" names one property twice
				if (next != properties.get(properties.size() - 1)) {
					properties.add(next);
				}
				end = terms.get(j).end();
				j++;
			}
			groups.add(new PropertyGroup(terms.get(i).start(), end, properties));
			i = j;
		}
		return groups;
	}

	private static int startOf(Object event) {
		return (event instanceof PropertyGroup group) ? group.start() : ((Group) event).start();
	}

}
