package org.alloygan.feedback.measurement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one JSON item into a {@link MeasurementInput}. Read by hand instead of data binding so that every
 * problem of an item is reported (an unknown field, a string where a number belongs) rather than the
 * whole request failing on the first one.
 */
final class JsonItems {

	private JsonItems() {
	}

	/** @param item a JSON object */
	static MeasurementInput read(JsonNode item) {
		Map<Field, String> values = new EnumMap<>(Field.class);
		Map<Field, String> names = new EnumMap<>(Field.class);
		Map<String, Double> atomicPercent = null;
		List<String> problems = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			Optional<Field> field = Field.byName(entry.getKey());
			JsonNode value = entry.getValue();
			if (field.isEmpty()) {
				problems.add("unknown field '" + entry.getKey() + "' (known: "
						+ String.join(", ", Field.documentedNames()) + ")");
				continue;
			}
			String previous = names.put(field.get(), entry.getKey());
			if (previous != null) {
				problems.add(field.get().documentedName() + " is given twice ('" + previous + "' and '" + entry.getKey()
						+ "')");
				continue;
			}
			if (value.isNull()) {
				continue;
			}
			if (field.get() == Field.COMPOSITION && value.isObject()) {
				atomicPercent = atomicPercent(value, problems);
			}
			else if (value.isTextual() || value.isNumber()) {
				values.put(field.get(), value.asText());
			}
			else {
				problems.add(entry.getKey() + " must be a string or a number"
						+ ((field.get() == Field.COMPOSITION) ? ", or an object of element -> at.%" : "") + ", not "
						+ value.getNodeType().name().toLowerCase());
			}
		}
		return MeasurementReader.read(values, atomicPercent, problems, item.toString());
	}

	private static Map<String, Double> atomicPercent(JsonNode value, List<String> problems) {
		Map<String, Double> amounts = new LinkedHashMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			if (!entry.getValue().isNumber()) {
				problems.add("composition: " + entry.getKey() + " must be a number of at.%, not " + entry.getValue());
				return null;
			}
			amounts.put(entry.getKey(), entry.getValue().doubleValue());
		}
		if (amounts.isEmpty()) {
			problems.add("composition: the object names no element");
			return null;
		}
		return amounts;
	}

}
