package org.alloygan.feedback.measurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading the JSON and nullable columns of this service's tables. */
public final class JsonColumns {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Double>> COMPOSITION = new TypeReference<>() {
	};

	private JsonColumns() {
	}

	public static List<String> strings(ObjectMapper json, String text) {
		return read(json, text, STRINGS);
	}

	public static Map<String, Double> composition(ObjectMapper json, String text) {
		return read(json, text, COMPOSITION);
	}

	public static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static <T> T read(ObjectMapper json, String text, TypeReference<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored JSON is unreadable: " + text, ex);
		}
	}

}
