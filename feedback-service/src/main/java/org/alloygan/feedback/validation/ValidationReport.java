package org.alloygan.feedback.validation;

import java.util.List;
import java.util.UUID;

/**
 * Predicted vs measured for every measured candidate in scope (the latest revision of each measurement).
 *
 * @param designId the design reported on, null for the report over all designs
 * @param surrogateModelId the surrogate model the report is narrowed to, if any
 * @param bySurrogateModel the summary per surrogate model version (report over all designs only)
 */
record ValidationReport(UUID designId, UUID surrogateModelId, double tolerance, Summary summary,
		List<ModelSummary> bySurrogateModel, List<Entry> entries) {

	/**
	 * One measurement of one candidate. A candidate measured on two samples has two entries.
	 *
	 * @param hasPredictions false when no surrogate was active for the design: nothing to compare, and
	 * {@code note} says so
	 * @param flags the measurement's flags, e.g. "as-cast composition differs ..."
	 */
	record Entry(UUID candidateId, UUID designId, int rank, String candidateFormula, UUID generatorModelId,
			UUID surrogateModelId, UUID measurementId, int revision, String lab, String sampleId, String measuredFormula,
			List<String> flags, boolean hasPredictions, String note, List<Comparison> comparisons) {
	}

	/**
	 * One property of one entry. {@code relativeError} = |predicted - measured| / measured; null when either
	 * side is missing.
	 *
	 * @param property Tg_K, Tx_K, Tl_K, Trg or gamma
	 * @param derived true when the prediction of Trg or gamma was computed from the predicted temperatures
	 * because the model did not predict it itself
	 * @param measuredInInterval whether the measured value lies in the predicted interval, null without one
	 */
	record Comparison(String property, Double predicted, Double lower, Double upper, boolean derived, Double measured,
			Double relativeError, Boolean withinTolerance, Boolean measuredInInterval) {
	}

	/**
	 * @param candidates distinct candidates measured
	 * @param measurements entries (latest revisions)
	 * @param withoutPredictions entries that could not be compared: no surrogate was active
	 * @param properties per property, then {@code all} over every comparison
	 */
	record Summary(int candidates, int measurements, int withoutPredictions, List<PropertySummary> properties) {
	}

	/** Over the comparisons of one property that have both a prediction and a measurement. */
	record PropertySummary(String property, int count, Double meanRelativeError, Double maxRelativeError,
			int withinTolerance, Double shareWithinTolerance) {
	}

	record ModelSummary(UUID surrogateModelId, Summary summary) {
	}

}
