package org.alloygan.gan.cgan;

import java.util.Locale;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Chooses where a model runs from a setting {@code auto|cpu|gpu}. */
public final class Devices {

	private Devices() {
	}

	/**
	 * {@code auto} is the first GPU when PyTorch sees one, else the CPU; {@code gpu} fails when
	 * there is none rather than silently running on the CPU.
	 */
	public static Device parse(String setting) {
		String name = (setting == null) ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
		int gpus = Engine.getEngine("PyTorch").getGpuCount();
		return switch (name) {
			case "auto" -> (gpus > 0) ? Device.gpu() : Device.cpu();
			case "cpu" -> Device.cpu();
			case "gpu" -> {
				if (gpus == 0) {
					throw new IllegalStateException(
							"device 'gpu' requested but PyTorch sees no GPU (CPU natives on the classpath? build with -Pcuda)");
				}
				yield Device.gpu();
			}
			default -> throw new IllegalArgumentException("device must be auto, cpu or gpu, not '" + setting + "'");
		};
	}

}
