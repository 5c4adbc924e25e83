package org.alloygan.support.job;

import java.time.Duration;
import java.util.Map;

import org.alloygan.core.events.JobType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The job settings as a deployment sets them: environment variables (the Helm chart's inference pods). */
class JobsPropertiesTests {

	@Test
	void theChartsEnvironmentVariableNamesTheTypesLeftToOtherInstances() {
		JobsProperties properties = bind(Map.of("ALLOYGAN_JOBS_RESUMEDELSEWHERE", "TRAINING"));
		assertThat(properties.resumedElsewhere()).containsExactly(JobType.TRAINING);
		assertThat(properties.staleAfter()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void byDefaultNoTypeIsLeftToOthers() {
		assertThat(bind(Map.of()).resumedElsewhere()).isEmpty();
	}

	private static JobsProperties bind(Map<String, Object> environment) {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		return new Binder(ConfigurationPropertySources.from(sources))
			.bindOrCreate("alloygan.jobs", JobsProperties.class);
	}

}
