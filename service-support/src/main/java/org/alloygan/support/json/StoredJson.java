package org.alloygan.support.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON kept in text columns (requests, metrics, plans, flags): written and read back without checked exceptions,
 * because a value that cannot be written is a bug and a stored value that cannot be read is corrupt data; neither is
 * something a caller could handle.
 */
public final class StoredJson {

	private StoredJson() {
	}

	public static String write(ObjectMapper json, Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON: "
					+ ex.getOriginalMessage(), ex);
		}
	}

	public static <T> T read(ObjectMapper json, String text, TypeReference<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored JSON is unreadable: " + ex.getOriginalMessage(), ex);
		}
	}

	public static <T> T read(ObjectMapper json, String text, Class<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable: "
					+ ex.getOriginalMessage(), ex);
		}
	}

}
