package org.alloygan.descriptor.descriptors;

import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.descriptor.DescriptorCalculator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chemistry core from alloy-core, with the element tables embedded there. */
@Configuration(proxyBeanMethods = false)
class ChemistryConfiguration {

	@Bean
	CompositionParser compositionParser() {
		return new CompositionParser();
	}

	@Bean
	DescriptorCalculator descriptorCalculator() {
		return DescriptorCalculator.standard();
	}

}
