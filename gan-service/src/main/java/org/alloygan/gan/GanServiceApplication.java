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
		// One intra-op thread: with two, a 1,250-update training took 4-140 s instead of 3-7 s on 2 cores
		// (docs/models.md, "Threads"); generation spreads its batches across cores itself.
		System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "1"));
		SpringApplication.run(GanServiceApplication.class, args);
	}

}
