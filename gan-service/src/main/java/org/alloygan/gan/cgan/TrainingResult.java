package org.alloygan.gan.cgan;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of {@link CganTrainer#train}: the model (the caller closes it, directly or by
 * closing this result) and how it got there.
 *
 * @param model the trained generator
 * @param curve metrics at update 0 (untrained), every {@link Hyperparameters#metricsEvery()}
 * updates and at the end
 * @param finalMetrics the last point of the curve
 * @param device where it ran, e.g. {@code cpu()} or {@code gpu(0)}
 * @param trainingTime wall time of the whole run, metrics included
 * @param metricsTime part of {@code trainingTime} spent measuring the curve
 * @param trainingRows rows trained on
 * @param heldOutRows rows measured on
 */
public record TrainingResult(CganModel model, List<MetricPoint> curve, MetricPoint finalMetrics, String device,
		Duration trainingTime, Duration metricsTime, int trainingRows, int heldOutRows) implements AutoCloseable {

	public TrainingResult {
		curve = List.copyOf(curve);
	}

	/** The first point of the curve: the untrained generator. */
	public MetricPoint initialMetrics() {
		return this.curve.get(0);
	}

	@Override
	public void close() {
		this.model.close();
	}

}
