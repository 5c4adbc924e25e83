package org.alloygan.descriptor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** descriptor-service: the curated dataset of alloys, observations, descriptors and immutable versions. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DescriptorServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(DescriptorServiceApplication.class, args);
	}

}
