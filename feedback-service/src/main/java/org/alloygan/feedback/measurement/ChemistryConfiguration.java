package org.alloygan.feedback.measurement;

import org.alloygan.core.composition.CompositionParser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The composition parser from alloy-core, with the element tables embedded there. */
@Configuration(proxyBeanMethods = false)
class ChemistryConfiguration {

	@Bean
	CompositionParser compositionParser() {
		return new CompositionParser();
	}

}
