package org.alloygan.local.client;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reshaping of rows whose exact shape the client does not know, so they print as readable tables. */
final class Rows {

	private Rows() {
	}

	/**
	 * Lifts maps of named values one level up: {@code {"rank": 1, "predicted": {"Tg_K": {...}}}} becomes
	 * {@code {"rank": 1, "Tg_K": {...}}}. Compositions (element keys) stay as they are.
	 */
	static JsonNode liftNested(JsonNode rows) {
		if (!rows.isArray()) {
			return rows;
		}
		ArrayNode lifted = GatewayClient.JSON.createArrayNode();
		for (JsonNode row : rows) {
			if (!row.isObject()) {
				lifted.add(row);
				continue;
			}
			ObjectNode copy = GatewayClient.JSON.createObjectNode();
			for (Iterator<Map.Entry<String, JsonNode>> fields = row.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				JsonNode value = field.getValue();
				if (value.isObject() && !Printer.isComposition(value) && !Printer.isPrediction(value)) {
					value.fields().forEachRemaining((inner) -> copy.putIfAbsent(inner.getKey(), inner.getValue()));
				}
				else {
					copy.set(field.getKey(), value);
				}
			}
			lifted.add(copy);
		}
		return lifted;
	}

	/** The object without its array fields (printed separately as tables). */
	static JsonNode withoutArrays(JsonNode object) {
		if (!object.isObject()) {
			return object;
		}
		ObjectNode copy = object.deepCopy();
		object.fieldNames().forEachRemaining((name) -> {
			if (object.get(name).isArray() && object.get(name).size() > 0 && object.get(name).get(0).isObject()) {
				copy.remove(name);
			}
		});
		return copy;
	}

	/** The rows of an answer: the answer itself if it is a list, else its first list field. */
	static JsonNode rowsOf(JsonNode answer) {
		if (answer == null || answer.isArray()) {
			return answer;
		}
		for (String name : new String[] { "content", "results", "predictions", "items" }) {
			if (answer.path(name).isArray()) {
				return answer.get(name);
			}
		}
		for (Iterator<JsonNode> values = answer.elements(); values.hasNext();) {
			JsonNode value = values.next();
			if (value.isArray()) {
				return value;
			}
		}
		return null;
	}

}
