package org.alloygan.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * One OpenAPI document for the whole /api/v1 at {@code /v3/api-docs}: springdoc generates the gateway's
 * own endpoints, and the routes to the services come from {@value #SERVICES}, which is written by hand
 * because the gateway has none of the services' code to generate it from.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String SERVICES = "openapi/alloygan-services-v1.yaml";

	@Bean
	OpenApiCustomizer servicesDocument() {
		OpenAPI services = read();
		return (openApi) -> merge(services, openApi);
	}

	static OpenAPI read() {
		try (InputStream in = new ClassPathResource(SERVICES).getInputStream()) {
			return Yaml31.mapper().readValue(in, OpenAPI.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + SERVICES, ex);
		}
	}

	static void merge(OpenAPI from, OpenAPI into) {
		into.info(from.getInfo());
		into.servers(from.getServers());
		into.security(from.getSecurity());
		Map<String, Tag> tags = new LinkedHashMap<>();
		from.getTags().forEach((tag) -> tags.put(tag.getName(), tag));
		if (into.getTags() != null) {
			into.getTags().forEach((tag) -> tags.putIfAbsent(tag.getName(), tag));
		}
		into.tags(new ArrayList<>(tags.values()));
		from.getPaths().forEach((path, item) -> {
			if (into.getPaths() == null || !into.getPaths().containsKey(path)) {
				into.path(path, item);
			}
		});
		if (into.getComponents() == null) {
			into.components(new Components());
		}
		Components source = from.getComponents();
		Components target = into.getComponents();
		putAll(source, target, Components::getSchemas, (c, m) -> m.forEach(c::addSchemas));
		putAll(source, target, Components::getParameters, (c, m) -> m.forEach(c::addParameters));
		putAll(source, target, Components::getResponses, (c, m) -> m.forEach(c::addResponses));
		putAll(source, target, Components::getSecuritySchemes, (c, m) -> m.forEach(c::addSecuritySchemes));
	}

	private static <T> void putAll(Components source, Components target, Function<Components, Map<String, T>> get,
			BiConsumer<Components, Map<String, T>> add) {
		Map<String, T> values = get.apply(source);
		if (values == null) {
			return;
		}
		Map<String, T> missing = new LinkedHashMap<>(values);
		if (get.apply(target) != null) {
			missing.keySet().removeAll(get.apply(target).keySet());
		}
		add.accept(target, missing);
	}

}
