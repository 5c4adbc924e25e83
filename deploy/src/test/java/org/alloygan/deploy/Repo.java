package org.alloygan.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Files of this repository, and YAML read the way Compose and Helm read it (merge keys included). */
final class Repo {

	private static final Path ROOT = findRoot();

	private Repo() {
	}

	static Path root() {
		return ROOT;
	}

	static Path path(String relative) {
		return ROOT.resolve(relative);
	}

	static String read(String relative) {
		try {
			return Files.readString(path(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, Object> yaml(String relative) {
		return yamlText(read(relative));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> yamlText(String text) {
		Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		return (loaded != null) ? (Map<String, Object>) loaded : Map.of();
	}

	/** Every non-empty document of a multi-document YAML text, e.g. the output of {@code helm template}. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> yamlDocuments(String text) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
			if (document != null) {
				documents.add((Map<String, Object>) document);
			}
		}
		return documents;
	}

	private static Path findRoot() {
		String configured = System.getProperty("alloygan.repo-root");
		Path start = (configured != null && !configured.isBlank()) ? Path.of(configured) : Path.of("");
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve("docker-compose.yml")) && Files.exists(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no repository root (with docker-compose.yml and mvnw) above " + start);
	}

}
