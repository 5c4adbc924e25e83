package org.alloygan.gan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** gan-service: CGAN training and inference with DJL, surrogate models, design jobs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GanServiceApplication {

	public static void main(String[] args) {
		// PyTorch natives come from Maven Central jars on the classpath; never download at run time.
		System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
		SpringApplication.run(GanServiceApplication.class, args);
	}

}
