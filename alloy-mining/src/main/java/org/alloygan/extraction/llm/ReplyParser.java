package org.alloygan.extraction.llm;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.alloygan.extraction.Candidate;

/**
 * Reads a model's reply strictly: one JSON object of the prompt's shape, no unknown fields, no trailing
 * text, numbers as numbers, units from the allowed list. The one leniency is a single markdown code fence
 * around the object, which chat models add even when told not to. Values are converted here (°C to K, cm
 * and µm to mm, per second to per minute), never by the model.
 */
final class ReplyParser {

	/** Why a reply cannot be used; the message goes back to the model in the repair request. */
	static final class MalformedReply extends Exception {

		private static final long serialVersionUID = 1L;

		MalformedReply(String message) {
			super(message);
		}

	}

	private static final ObjectMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final Set<String> FIELDS = Set.of("composition", "Tg", "Tx", "Tl", "Dmax", "heating_rate",
			"confidence");

	private static final Map<String, String> TEMPERATURE_UNITS = Map.of("K", "K", "°C", "C", "ºC", "C", "C", "C",
			"degC", "C", "℃", "C");

	private static final Map<String, Double> LENGTH_UNITS = Map.of("mm", 1.0, "cm", 10.0, "µm", 0.001, "μm", 0.001,
			"um", 0.001);

	private static final Map<String, String> RATE_UNITS = Map.of("K/min", "min", "K/s", "s", "°C/min", "min",
			"°C/s", "s", "K min-1", "min", "K s-1", "s");

	private ReplyParser() {
	}

	static List<Candidate> parse(String reply) throws MalformedReply {
		String body = unfence(reply == null ? "" : reply.strip());
		JsonNode root;
		try {
			root = STRICT.readTree(body);
		}
		catch (JsonProcessingException ex) {
			throw new MalformedReply("it is not valid JSON (" + ex.getOriginalMessage() + ")");
		}
		if (root == null || !root.isObject()) {
			throw new MalformedReply("it is not a JSON object");
		}
		Iterator<String> names = root.fieldNames();
		while (names.hasNext()) {
			String name = names.next();
			if (!name.equals("records")) {
				throw new MalformedReply("unknown top-level field '" + name + "'");
			}
		}
		JsonNode records = root.get("records");
		if (records == null || !records.isArray()) {
			throw new MalformedReply("'records' must be an array");
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			candidates.add(candidate(records.get(i), "records[" + i + "]"));
		}
		return candidates;
	}

	private static Candidate candidate(JsonNode record, String where) throws MalformedReply {
		if (!record.isObject()) {
			throw new MalformedReply(where + " must be an object");
		}
		Iterator<String> names = record.fieldNames();
		while (names.hasNext()) {
			String name = names.next();
			if (!FIELDS.contains(name)) {
				throw new MalformedReply(where + " has an unknown field '" + name + "'");
			}
		}
		JsonNode composition = record.get("composition");
		if (composition == null || !composition.isTextual() || composition.asText().isBlank()) {
			throw new MalformedReply(where + ".composition must be a non-empty string");
		}
		double confidence = 0.5;
		JsonNode confidenceNode = record.get("confidence");
		if (confidenceNode != null && !confidenceNode.isNull()) {
			if (!confidenceNode.isNumber() || confidenceNode.asDouble() < 0 || confidenceNode.asDouble() > 1) {
				throw new MalformedReply(where + ".confidence must be a number from 0 to 1");
			}
			confidence = confidenceNode.asDouble();
		}
		return new Candidate(composition.asText(), temperature(record, "Tg", where),
				temperature(record, "Tx", where), temperature(record, "Tl", where), length(record, where),
				rate(record, where), confidence);
	}

	private static Double temperature(JsonNode record, String field, String where) throws MalformedReply {
		JsonNode quantity = quantity(record, field, where);
		if (quantity == null) {
			return null;
		}
		String unit = TEMPERATURE_UNITS.get(quantity.get("unit").asText());
		if (unit == null) {
			throw new MalformedReply(where + "." + field + ".unit must be K or °C");
		}
		double value = quantity.get("value").asDouble();
		return unit.equals("C") ? value + 273.15 : value;
	}

	private static Double length(JsonNode record, String where) throws MalformedReply {
		JsonNode quantity = quantity(record, "Dmax", where);
		if (quantity == null) {
			return null;
		}
		Double factor = LENGTH_UNITS.get(quantity.get("unit").asText());
		if (factor == null) {
			throw new MalformedReply(where + ".Dmax.unit must be mm, cm or µm");
		}
		return quantity.get("value").asDouble() * factor;
	}

	private static Double rate(JsonNode record, String where) throws MalformedReply {
		JsonNode quantity = quantity(record, "heating_rate", where);
		if (quantity == null) {
			return null;
		}
		String per = RATE_UNITS.get(quantity.get("unit").asText());
		if (per == null) {
			throw new MalformedReply(where + ".heating_rate.unit must be K/min, K/s, °C/min or °C/s");
		}
		double value = quantity.get("value").asDouble();
		return per.equals("s") ? value * 60 : value;
	}

	private static JsonNode quantity(JsonNode record, String field, String where) throws MalformedReply {
		JsonNode quantity = record.get(field);
		if (quantity == null || quantity.isNull()) {
			return null;
		}
		if (!quantity.isObject() || quantity.size() != 2 || !quantity.has("value") || !quantity.has("unit")) {
			throw new MalformedReply(where + "." + field + " must be null or {\"value\": number, \"unit\": string}");
		}
		if (!quantity.get("value").isNumber() || !Double.isFinite(quantity.get("value").asDouble())) {
			throw new MalformedReply(where + "." + field + ".value must be a number");
		}
		if (!quantity.get("unit").isTextual()) {
			throw new MalformedReply(where + "." + field + ".unit must be a string");
		}
		return quantity;
	}

	/** The object inside a single ```json ... ``` fence, or the text as it is. */
	private static String unfence(String text) {
		if (text.startsWith("```") && text.endsWith("```") && text.length() > 6) {
			String inner = text.substring(3, text.length() - 3);
			int newline = inner.indexOf('\n');
			if (newline >= 0 && inner.substring(0, newline).strip().matches("[A-Za-z]*")) {
				inner = inner.substring(newline + 1);
			}
			return inner.strip();
		}
		return text;
	}

}
