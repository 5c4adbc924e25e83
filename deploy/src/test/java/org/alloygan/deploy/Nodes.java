package org.alloygan.deploy;

import java.util.List;
import java.util.Map;

/** Walking parsed YAML: maps and lists of untyped values, with errors that name the missing path. */
final class Nodes {

	private Nodes() {
	}

	/** The value at a dotted path ("spec.template.spec"), or null when any step is missing. */
	static Object at(Object node, String path) {
		Object current = node;
		for (String step : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(step);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(Object node) {
		if (!(node instanceof Map<?, ?>)) {
			throw new AssertionError("expected a mapping but found " + node);
		}
		return (Map<String, Object>) node;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object node, String path) {
		Object value = at(node, path);
		if (!(value instanceof Map<?, ?>)) {
			throw new AssertionError("expected a mapping at '" + path + "' but found " + value);
		}
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> mapOrEmpty(Object node, String path) {
		Object value = at(node, path);
		return (value instanceof Map<?, ?>) ? (Map<String, Object>) value : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object node, String path) {
		Object value = at(node, path);
		if (!(value instanceof List<?>)) {
			throw new AssertionError("expected a list at '" + path + "' but found " + value);
		}
		return (List<Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> listOrEmpty(Object node, String path) {
		Object value = at(node, path);
		return (value instanceof List<?>) ? (List<Object>) value : List.of();
	}

	static String string(Object node, String path) {
		Object value = at(node, path);
		return (value != null) ? value.toString() : null;
	}

}
