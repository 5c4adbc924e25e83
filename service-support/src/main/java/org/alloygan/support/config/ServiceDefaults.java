package org.alloygan.support.config;

import java.io.IOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code alloygan-service-defaults.yml} as the lowest-precedence source: the settings every service
 * shares (readiness group, Flyway retries, JSON, Kafka serialisers) live once, and each service's own
 * application.yml or the environment can still override any of them.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

	private static final String RESOURCE = "alloygan-service-defaults.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(RESOURCE,
					new ClassPathResource(RESOURCE))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + RESOURCE, ex);
		}
	}

}
