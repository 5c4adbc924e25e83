package org.alloygan.extraction.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alloygan.extraction.Candidate;

/**
 * Collects (alloy, property, value) statements of one passage into records: one per alloy, and a new one
 * when the passage gives the same property of the same alloy a second value (another heating rate,
 * another sample), so no value is silently overwritten.
 */
final class Assignments {

	private final Map<String, List<Builder>> byAlloy = new LinkedHashMap<>();

	private final List<Builder> order = new ArrayList<>();

	void add(CompositionFinder.Mention alloy, Property property, double value, Double heatingRate,
			double confidence) {
		if (!(property.isTemperature() || property == Property.DMAX)) {
			return;
		}
		List<Builder> builders = this.byAlloy.computeIfAbsent(alloy.composition().canonicalKey(),
				(key) -> new ArrayList<>());
		Builder builder = builders.isEmpty() ? null : builders.get(builders.size() - 1);
		if (builder == null || builder.conflicts(property, value, heatingRate)) {
			builder = new Builder(alloy.text());
			builders.add(builder);
			this.order.add(builder);
		}
		builder.set(property, value, heatingRate, confidence);
	}

	List<Candidate> candidates() {
		return this.order.stream().map(Builder::candidate).toList();
	}

	private static final class Builder {

		private final String compositionText;

		private final Map<Property, Double> values = new LinkedHashMap<>();

		private Double heatingRate;

		private double confidence = 1.0;

		Builder(String compositionText) {
			this.compositionText = compositionText;
		}

		boolean conflicts(Property property, double value, Double rate) {
			Double existing = this.values.get(property);
			boolean valueClash = existing != null && Math.abs(existing - value) > 1e-9;
			boolean rateClash = rate != null && this.heatingRate != null && !Objects.equals(rate, this.heatingRate);
			return valueClash || rateClash;
		}

		void set(Property property, double value, Double rate, double confidence) {
			this.values.put(property, value);
			if (rate != null) {
				this.heatingRate = rate;
			}
			this.confidence = Math.min(this.confidence, confidence);
		}

		Candidate candidate() {
			return new Candidate(this.compositionText, this.values.get(Property.TG), this.values.get(Property.TX),
					this.values.get(Property.TL), this.values.get(Property.DMAX), this.heatingRate, this.confidence);
		}

	}

}
