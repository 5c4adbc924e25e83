package org.alloygan.benchmarks.mining;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alloygan.core.composition.CompositionParser;
import org.alloygan.extraction.ExtractedRecord;

/**
 * Precision, recall and F1 over (composition, property, value) triples. Compositions match by canonical key
 * (so {@code Cu46Zr46Al8} and {@code Zr46Cu46Al8} are one alloy), values within 0.01 of each other;
 * each gold triple is matched at most once.
 */
public final class Scores {

	/** The properties scored in the headline F1; the heating rate is scored on its own. */
	public static final List<String> PROPERTIES = List.of("Tg", "Tx", "Tl", "Dmax");

	private static final double TOLERANCE = 0.01;

	/** A (composition, property, value) fact, with the passage it belongs to. */
	public record Triple(String item, String alloy, String property, double value) {

		boolean matches(Triple other) {
			return this.item.equals(other.item) && this.alloy.equals(other.alloy)
					&& this.property.equals(other.property) && Math.abs(this.value - other.value) <= TOLERANCE;
		}

		@Override
		public String toString() {
			return this.item + " " + this.alloy + " " + this.property + "=" + this.value;
		}

	}

	/** Counts for one property (or all). */
	public static final class Count {

		public int truePositives;

		public int falsePositives;

		public int falseNegatives;

		public double precision() {
			int predicted = this.truePositives + this.falsePositives;
			return (predicted == 0) ? 1.0 : this.truePositives / (double) predicted;
		}

		public double recall() {
			int gold = this.truePositives + this.falseNegatives;
			return (gold == 0) ? 1.0 : this.truePositives / (double) gold;
		}

		public double f1() {
			double p = precision();
			double r = recall();
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (TP %d, FP %d, FN %d)", precision(), recall(),
					f1(), this.truePositives, this.falsePositives, this.falseNegatives);
		}

	}

	private final CompositionParser parser = new CompositionParser();

	final Map<String, Count> byProperty = new LinkedHashMap<>();

	final Count headline = new Count();

	final List<Triple> falsePositives = new ArrayList<>();

	final List<Triple> falseNegatives = new ArrayList<>();

	Scores() {
		PROPERTIES.forEach((property) -> this.byProperty.put(property, new Count()));
		this.byProperty.put("heating_rate", new Count());
	}

	/** Scores one passage's accepted records against its gold records. */
	void add(Corpus.Item item, List<ExtractedRecord> predicted) {
		List<Triple> gold = new ArrayList<>();
		for (Corpus.Gold record : item.gold()) {
			String alloy = this.parser.parse(record.composition()).composition().canonicalKey();
			add(gold, item.id(), alloy, "Tg", record.tgK());
			add(gold, item.id(), alloy, "Tx", record.txK());
			add(gold, item.id(), alloy, "Tl", record.tlK());
			add(gold, item.id(), alloy, "Dmax", record.dmaxMm());
			add(gold, item.id(), alloy, "heating_rate", record.heatingRateKPerMin());
		}
		List<Triple> found = new ArrayList<>();
		for (ExtractedRecord record : predicted) {
			String alloy = record.composition().canonicalKey();
			add(found, item.id(), alloy, "Tg", record.tgK());
			add(found, item.id(), alloy, "Tx", record.txK());
			add(found, item.id(), alloy, "Tl", record.tlK());
			add(found, item.id(), alloy, "Dmax", record.dmaxMm());
			add(found, item.id(), alloy, "heating_rate", record.heatingRateKPerMin());
		}
		List<Triple> unmatched = new ArrayList<>(gold);
		for (Triple triple : found) {
			Count count = this.byProperty.get(triple.property());
			Triple match = unmatched.stream().filter(triple::matches).findFirst().orElse(null);
			if (match != null) {
				unmatched.remove(match);
				count.truePositives++;
			}
			else {
				count.falsePositives++;
				this.falsePositives.add(triple);
			}
		}
		for (Triple triple : unmatched) {
			this.byProperty.get(triple.property()).falseNegatives++;
			this.falseNegatives.add(triple);
		}
	}

	Count headline() {
		Count total = new Count();
		for (String property : PROPERTIES) {
			Count count = this.byProperty.get(property);
			total.truePositives += count.truePositives;
			total.falsePositives += count.falsePositives;
			total.falseNegatives += count.falseNegatives;
		}
		return total;
	}

	private static void add(List<Triple> triples, String item, String alloy, String property, Double value) {
		if (value == null) {
			return;
		}
		Triple triple = new Triple(item, alloy, property, value);
		if (triples.stream().noneMatch(triple::matches)) {
			triples.add(triple);
		}
	}

}
