package org.alloygan.gan.cgan;

/**
 * Receives the metric curve while training runs, e.g. to update a job's progress. Called on the
 * training thread, so it should return quickly; interrupting that thread cancels the training.
 */
@FunctionalInterface
public interface ProgressListener {

	/** A listener that ignores everything. */
	ProgressListener NONE = (point, totalUpdates) -> {
	};

	void onMetrics(MetricPoint point, int totalUpdates);

}
