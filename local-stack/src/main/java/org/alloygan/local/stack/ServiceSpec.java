package org.alloygan.local.stack;

import java.util.List;

/** One of the five services: its module name, database and the environment prefix of its settings. */
record ServiceSpec(String module, String database, String envPrefix, int port) {

	static List<ServiceSpec> all(int gatewayPort, int firstServicePort) {
		return List.of(new ServiceSpec("mining-service", "alloygan_mining", "ALLOYGAN_MINING", firstServicePort),
				new ServiceSpec("descriptor-service", "alloygan_descriptor", "ALLOYGAN_DESCRIPTOR", firstServicePort + 1),
				new ServiceSpec("gan-service", "alloygan_gan", "ALLOYGAN_GAN", firstServicePort + 2),
				new ServiceSpec("feedback-service", "alloygan_feedback", "ALLOYGAN_FEEDBACK", firstServicePort + 3),
				new ServiceSpec("gateway", "alloygan_gateway", "ALLOYGAN_GATEWAY", gatewayPort));
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

}
