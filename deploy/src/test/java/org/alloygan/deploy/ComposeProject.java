package org.alloygan.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose files read as Compose reads them without any variable set: {@code ${VAR:-default}} takes its
 * default, {@code $$} is a literal dollar, and later files are merged over earlier ones (mappings merge,
 * anything else is replaced), which is what Compose does for the keys these files use.
 */
final class ComposeProject {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::?-([^}]*))?}");

	private final Map<String, Object> model;

	private ComposeProject(Map<String, Object> model) {
		this.model = model;
	}

	static ComposeProject load(String... files) {
		Map<String, Object> merged = new LinkedHashMap<>();
		for (String file : files) {
			merge(merged, Repo.yamlText(interpolate(Repo.read(file))));
		}
		return new ComposeProject(merged);
	}

	static String interpolate(String text) {
		String escaped = text.replace("$$", "\u0000");
		Matcher matcher = VARIABLE.matcher(escaped);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String fallback = (matcher.group(2) != null) ? matcher.group(2) : "";
			matcher.appendReplacement(out, Matcher.quoteReplacement(fallback));
		}
		matcher.appendTail(out);
		return out.toString().replace("\u0000", "$");
	}

	@SuppressWarnings("unchecked")
	private static void merge(Map<String, Object> target, Map<String, Object> source) {
		source.forEach((key, value) -> {
			Object existing = target.get(key);
			if (existing instanceof Map<?, ?> existingMap && value instanceof Map<?, ?> valueMap) {
				Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existingMap);
				merge(copy, (Map<String, Object>) valueMap);
				target.put(key, copy);
			}
			else {
				target.put(key, value);
			}
		});
	}

	Map<String, Object> services() {
		return Nodes.map(this.model, "services");
	}

	Map<String, Object> service(String name) {
		Map<String, Object> service = Nodes.mapOrEmpty(services(), name);
		if (service.isEmpty()) {
			throw new AssertionError("no Compose service '" + name + "'; there are " + services().keySet());
		}
		return service;
	}

	Map<String, Object> volumes() {
		return Nodes.mapOrEmpty(this.model, "volumes");
	}

	/** The environment of a service as strings; a key without a value (passed through from the shell) is null. */
	Map<String, String> environment(String service) {
		Map<String, String> environment = new LinkedHashMap<>();
		Object raw = service(service).get("environment");
		if (raw instanceof Map<?, ?> map) {
			map.forEach((key, value) -> environment.put(key.toString(), (value != null) ? value.toString() : null));
		}
		else if (raw instanceof List<?> list) {
			for (Object entry : list) {
				String text = entry.toString();
				int equals = text.indexOf('=');
				environment.put((equals < 0) ? text : text.substring(0, equals),
						(equals < 0) ? null : text.substring(equals + 1));
			}
		}
		return environment;
	}

	/** Short-syntax mounts of a service: target path -> source (named volume or host path). */
	Map<String, String> mounts(String service) {
		Map<String, String> mounts = new LinkedHashMap<>();
		for (Object entry : Nodes.listOrEmpty(service(service), "volumes")) {
			String[] parts = entry.toString().split(":");
			mounts.put(parts[1], parts[0]);
		}
		return mounts;
	}

}
