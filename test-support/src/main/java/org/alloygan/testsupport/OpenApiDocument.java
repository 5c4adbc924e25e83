package org.alloygan.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The gateway's OpenAPI document for the services' routes, read from the source tree. It is written by hand (the
 * gateway has none of the services' code), so each service's tests hold the parts that describe it to what it
 * actually reads and serves.
 */
public final class OpenApiDocument {

	/** Where the document lies, seen from a service module's directory (where Maven runs its tests). */
	public static final Path PATH = Path.of("../gateway/src/main/resources/openapi/alloygan-services-v1.yaml");

	private final Map<String, Object> root;

	private OpenApiDocument(Map<String, Object> root) {
		this.root = root;
	}

	public static OpenApiDocument read() {
		try (InputStream in = Files.newInputStream(PATH)) {
			return new OpenApiDocument(new Yaml().load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + PATH.toAbsolutePath(), ex);
		}
	}

	/** The node at a path of keys, e.g. {@code at("components", "schemas", "DesignRequest", "properties")}. */
	@SuppressWarnings("unchecked")
	public <T> T at(String... keys) {
		Object node = this.root;
		for (String key : keys) {
			if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
				throw new IllegalArgumentException("the OpenAPI document has no " + String.join(" > ", keys));
			}
			node = map.get(key);
		}
		return (T) node;
	}

	/** The examples of an operation's JSON request body, by name. */
	public Map<String, Map<String, Object>> requestExamples(String path, String method) {
		return at("paths", path, method, "requestBody", "content", "application/json", "examples");
	}

}
