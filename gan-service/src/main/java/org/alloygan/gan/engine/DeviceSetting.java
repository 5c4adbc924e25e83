package org.alloygan.gan.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Where tensors live: {@code auto} takes the first GPU when the engine sees one, else the CPU. */
public enum DeviceSetting {

	AUTO, CPU, GPU;

	public Device resolve(Engine engine) {
		return switch (this) {
			case CPU -> Device.cpu();
			case GPU -> {
				if (engine.getGpuCount() == 0) {
					throw new IllegalStateException(
							"device=gpu was configured but PyTorch sees no GPU (CPU natives, or no CUDA driver)");
				}
				yield Device.gpu();
			}
			case AUTO -> (engine.getGpuCount() > 0) ? Device.gpu() : Device.cpu();
		};
	}

}
