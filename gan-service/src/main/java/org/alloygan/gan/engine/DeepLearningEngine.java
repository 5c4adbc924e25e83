package org.alloygan.gan.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Loads DJL's PyTorch engine once at start (failing the start if the natives are missing, rather than at
 * the first design request) and reports engine, PyTorch version and device in health.
 */
@Component("djl")
public class DeepLearningEngine implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(DeepLearningEngine.class);

	private final Engine engine;

	private final Device device;

	DeepLearningEngine(EngineProperties properties) {
		this.engine = Engine.getEngine("PyTorch");
		this.device = properties.device().resolve(this.engine);
		log.info("DJL engine {} (PyTorch {}) on {}; GPUs visible: {}", this.engine.getEngineName(),
				this.engine.getVersion(), this.device, this.engine.getGpuCount());
	}

	public Engine engine() {
		return this.engine;
	}

	public Device device() {
		return this.device;
	}

	@Override
	public Health health() {
		return Health.up()
			.withDetail("engine", this.engine.getEngineName())
			.withDetail("pytorchVersion", this.engine.getVersion())
			.withDetail("djlVersion", Engine.getDjlVersion())
			.withDetail("device", this.device.toString())
			.withDetail("gpuCount", this.engine.getGpuCount())
			.build();
	}

}
