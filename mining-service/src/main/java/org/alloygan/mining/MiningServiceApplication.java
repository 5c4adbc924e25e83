package org.alloygan.mining;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** mining-service: documents in, grounded alloy records out. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MiningServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(MiningServiceApplication.class, args);
	}

}
