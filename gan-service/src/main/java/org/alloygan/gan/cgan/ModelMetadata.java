package org.alloygan.gan.cgan;

import java.util.List;

/**
 * What a saved generator needs besides its weights to be used and traced: the encoding of its
 * inputs and outputs, how it was trained, and how well it did. Written as {@code cgan.json}.
 *
 * @param formatVersion layout version of the artifact directory
 * @param kind the model kind
 * @param vocabulary element symbols of the output, in order
 * @param conditioning standardisation and families of the condition
 * @param hyperparameters the training settings (they also fix the network shape)
 * @param seed the training seed
 * @param trainingRows rows G was trained on
 * @param heldOutRows rows the metrics were measured on
 * @param finalMetrics the last point of the curve
 * @param curve the metric curve
 */
public record ModelMetadata(int formatVersion, ModelKind kind, List<String> vocabulary, Conditioning conditioning,
		Hyperparameters hyperparameters, long seed, int trainingRows, int heldOutRows, MetricPoint finalMetrics,
		List<MetricPoint> curve) {

	/** Current {@link #formatVersion()}. */
	public static final int FORMAT_VERSION = 1;

	public ModelMetadata {
		vocabulary = List.copyOf(vocabulary);
		curve = List.copyOf(curve);
	}

}
