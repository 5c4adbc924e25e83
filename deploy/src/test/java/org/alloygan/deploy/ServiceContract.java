package org.alloygan.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a deployment must give one service, read from the service's own application.yml and the settings
 * every service shares (service-support's alloygan-service-defaults.yml) rather than written down twice.
 *
 * @param module the Maven module, which is also the image, Compose service and Kubernetes name
 * @param portVariable the variable {@code server.port} is read from
 * @param port the port the service listens on unless told otherwise
 * @param databaseUrlVariable the variable {@code spring.datasource.url} is read from
 * @param database the service's own database
 * @param requiredVariables variables whose built-in default points at localhost, so a container must set them
 * @param variables every {@code ALLOYGAN_*} variable the service reads, with its default
 */
record ServiceContract(String module, String portVariable, int port, String databaseUrlVariable, String database,
		Set<String> requiredVariables, Map<String, String> variables) {

	/** {@code ${NAME:default}} in a Spring property value. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(ALLOYGAN_[A-Z0-9_]+):([^}]*)}");

	static final String SHARED_DEFAULTS = "service-support/src/main/resources/alloygan-service-defaults.yml";

	/** Every module with an application.yml is a service, keyed by module name. */
	static Map<String, ServiceContract> all() {
		Map<String, String> shared = placeholders(Repo.read(SHARED_DEFAULTS));
		Map<String, ServiceContract> services = new TreeMap<>();
		try (Stream<Path> modules = Files.list(Repo.root())) {
			modules.filter((dir) -> Files.exists(dir.resolve("src/main/resources/application.yml")))
				.map((dir) -> read(dir.getFileName().toString(), shared))
				.forEach((service) -> services.put(service.module(), service));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return services;
	}

	private static ServiceContract read(String module, Map<String, String> shared) {
		String file = module + "/src/main/resources/application.yml";
		Map<String, Object> yaml = Repo.yaml(file);
		Matcher port = matchWhole(Nodes.string(yaml, "server.port"), file + " server.port");
		Matcher url = matchWhole(Nodes.string(yaml, "spring.datasource.url"), file + " spring.datasource.url");
		String database = url.group(2).substring(url.group(2).lastIndexOf('/') + 1);
		Map<String, String> all = new TreeMap<>(shared);
		all.putAll(placeholders(Repo.read(file)));
		Set<String> required = new TreeSet<>();
		all.forEach((name, fallback) -> {
			if (fallback.contains("localhost")) {
				required.add(name);
			}
		});
		// Credentials have harmless-looking defaults, but a deployment must choose its own.
		required.addAll(List.of("ALLOYGAN_DB_USER", "ALLOYGAN_DB_PASSWORD", port.group(1)));
		return new ServiceContract(module, port.group(1), Integer.parseInt(port.group(2)), url.group(1), database,
				required, all);
	}

	private static Matcher matchWhole(String value, String what) {
		if (value == null) {
			throw new AssertionError(what + " is not set");
		}
		Matcher matcher = PLACEHOLDER.matcher(value);
		if (!matcher.matches()) {
			throw new AssertionError(what + " is '" + value + "', not ${ALLOYGAN_...:default}");
		}
		return matcher;
	}

	private static Map<String, String> placeholders(String text) {
		Map<String, String> found = new TreeMap<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.put(matcher.group(1), matcher.group(2));
		}
		return found;
	}

	/**
	 * Whether a deployment may set this variable on the service: the service reads it, or it belongs to what
	 * every service gets, as from the local stack (the other services' URLs, the public data folder), or it
	 * is a setting of a service still being written whose name was agreed (the mining service's LLM).
	 */
	boolean accepts(String variable) {
		return this.variables.containsKey(variable) || variable.matches("ALLOYGAN_(MINING|DESCRIPTOR|GAN|FEEDBACK)_URL")
				|| variable.equals("ALLOYGAN_DATA_DIR")
				|| (this.module.equals("mining-service") && variable.matches("ALLOYGAN_MINING_LLM_(BASE_URL|MODEL|API_KEY)"));
	}

	/** The variable through which other services find this one ({@code ALLOYGAN_GAN_URL}), from its URL. */
	String urlVariable() {
		return this.databaseUrlVariable.replace("_DB_URL", "_URL");
	}

}
