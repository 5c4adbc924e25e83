package org.alloygan.local.client;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Tables and key/value listings for people, pretty JSON for scripts. Tolerant of shapes it does not know:
 * preferred columns come first when present, unknown objects are printed field by field, compositions
 * ({@code {"Zr": 55, "Cu": 30}}) as formulas and predictions ({@code {"value": .., "lower": ..}}) as
 * value [lower, upper].
 */
final class Printer {

	private static final Pattern ELEMENT = Pattern.compile("[A-Z][a-z]?");

	private static final int MAX_CELL = 60;

	private static final int MAX_GENERIC_COLUMNS = 8;

	private final PrintWriter out;

	Printer(PrintWriter out) {
		this.out = out;
	}

	void json(JsonNode node) {
		try {
			this.out.println(GatewayClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node));
		}
		catch (JsonProcessingException ex) {
			this.out.println(node);
		}
		this.out.flush();
	}

	/** A list, or a page ({@code content} plus page counts), as a table. */
	void table(JsonNode listOrPage, List<String> preferred) {
		JsonNode rows = (listOrPage != null && listOrPage.has("content")) ? listOrPage.get("content") : listOrPage;
		if (rows == null || !rows.isArray() || rows.isEmpty()) {
			this.out.println("(none)");
			this.out.flush();
			return;
		}
		List<String> columns = columns(rows, preferred);
		List<List<String>> cells = new ArrayList<>();
		for (JsonNode row : rows) {
			List<String> line = new ArrayList<>();
			for (String column : columns) {
				line.add(truncate(cell(row.get(column))));
			}
			cells.add(line);
		}
		int[] widths = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			widths[c] = heading(columns.get(c)).length();
			for (List<String> line : cells) {
				widths[c] = Math.max(widths[c], line.get(c).length());
			}
		}
		printLine(columns.stream().map(Printer::heading).toList(), widths);
		cells.forEach((line) -> printLine(line, widths));
		if (listOrPage.has("totalElements")) {
			long total = listOrPage.get("totalElements").asLong();
			String pages = listOrPage.has("totalPages")
					? ", page " + (listOrPage.path("page").asInt() + 1) + " of " + listOrPage.get("totalPages").asInt() : "";
			this.out.println(rows.size() + " shown of " + total + pages);
		}
		this.out.flush();
	}

	/** An object as aligned "field  value" lines; nested objects are flattened with dots. */
	void details(JsonNode object) {
		if (object == null || !object.isObject()) {
			this.out.println((object == null) ? "(empty)" : cell(object));
			this.out.flush();
			return;
		}
		Map<String, String> lines = new LinkedHashMap<>();
		flatten("", object, lines);
		int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
		lines.forEach((key, value) -> this.out.printf("%-" + width + "s  %s%n", key, value));
		this.out.flush();
	}

	/** {@code createdAt} becomes {@code CREATED_AT}; {@code Tg_K} stays {@code TG_K}. */
	static String heading(String column) {
		return column.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

	void line(String text) {
		this.out.println(text);
		this.out.flush();
	}

	private void flatten(String prefix, JsonNode node, Map<String, String> lines) {
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			String key = prefix + field.getKey();
			JsonNode value = field.getValue();
			if (value.isObject() && !isComposition(value) && !isPrediction(value) && value.size() > 0) {
				flatten(key + ".", value, lines);
			}
			else if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
				lines.put(key, value.size() + " item(s)" + (value.size() <= 3 ? ": " + value : ""));
			}
			else {
				lines.put(key, cell(value));
			}
		}
	}

	private void printLine(List<String> cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			line.append(cell);
			if (c < cells.size() - 1) {
				line.append(" ".repeat(widths[c] - cell.length() + 2));
			}
		}
		this.out.println(line.toString().stripTrailing());
	}

	private static List<String> columns(JsonNode rows, List<String> preferred) {
		List<String> present = new ArrayList<>();
		for (String column : preferred) {
			for (JsonNode row : rows) {
				if (row.has(column)) {
					present.add(column);
					break;
				}
			}
		}
		if (!present.isEmpty()) {
			return present;
		}
		List<String> generic = new ArrayList<>();
		rows.get(0).fieldNames().forEachRemaining((name) -> {
			JsonNode value = rows.get(0).get(name);
			if (generic.size() < MAX_GENERIC_COLUMNS && (!value.isContainerNode() || isComposition(value)
					|| isPrediction(value))) {
				generic.add(name);
			}
		});
		return generic;
	}

	static String cell(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "";
		}
		if (value.isNumber()) {
			return number(value);
		}
		if (value.isTextual()) {
			return value.asText();
		}
		if (value.isBoolean()) {
			return value.asText();
		}
		if (isComposition(value)) {
			StringBuilder formula = new StringBuilder();
			value.fields().forEachRemaining((e) -> formula.append(e.getKey()).append(number(e.getValue())));
			return formula.toString();
		}
		if (isPrediction(value)) {
			String text = number(value.get("value"));
			if (value.hasNonNull("lower") && value.hasNonNull("upper")) {
				text += " [" + number(value.get("lower")) + ", " + number(value.get("upper")) + "]";
			}
			return text;
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(item.isContainerNode() && !isComposition(item) ? item.toString() : cell(item)));
			return String.join(", ", items);
		}
		return value.toString();
	}

	static String number(JsonNode value) {
		if (value.isIntegralNumber()) {
			return value.asText();
		}
		double d = value.asDouble();
		BigDecimal rounded = BigDecimal.valueOf(d).setScale(Math.abs(d) >= 100 ? 1 : 3, RoundingMode.HALF_UP);
		return rounded.stripTrailingZeros().toPlainString();
	}

	static boolean isComposition(JsonNode value) {
		if (!value.isObject() || value.isEmpty()) {
			return false;
		}
		for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (!ELEMENT.matcher(field.getKey()).matches() || !field.getValue().isNumber()) {
				return false;
			}
		}
		return true;
	}

	static boolean isPrediction(JsonNode value) {
		return value.isObject() && value.has("value") && value.get("value").isNumber();
	}

	private static String truncate(String text) {
		String oneLine = text.replace('\n', ' ');
		return (oneLine.length() <= MAX_CELL) ? oneLine : oneLine.substring(0, MAX_CELL - 1) + "…";
	}

}
