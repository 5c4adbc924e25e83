package org.alloygan.support.job;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.alloygan.core.events.JobType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job settings as a deployment sets them: the shared defaults every service loads, and an environment variable
 * (the Helm chart's, on gan-service's inference pods).
 */
class JobsPropertiesTests {

	@Test
	void theChartsEnvironmentVariableNamesTheTypesLeftToOtherInstances() throws IOException {
		JobsProperties properties = bind(Map.of("ALLOYGAN_JOBS_RESUMED_ELSEWHERE", "TRAINING"));
		assertThat(properties.resumedElsewhere()).containsExactly(JobType.TRAINING);
		assertThat(properties.staleAfter()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void byDefaultNoTypeIsLeftToOthers() throws IOException {
		assertThat(bind(Map.of()).resumedElsewhere()).isEmpty();
	}

	private static JobsProperties bind(Map<String, Object> environment) throws IOException {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				environment));
		new YamlPropertySourceLoader().load("defaults", new ClassPathResource("alloygan-service-defaults.yml"))
			.forEach(sources::addLast);
		return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
			.bindOrCreate("alloygan.jobs", JobsProperties.class);
	}

}
