package org.alloygan.gan.training;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.alloygan.gan.cgan.ModelKind;

/**
 * {@code POST /api/v1/models/training-jobs}; every field optional.
 *
 * @param datasetVersionId the version to learn from (default: the newest)
 * @param kinds CGAN, GAN, GAN_PLUS (default: the configured kinds)
 * @param surrogates whether to train the property surrogate too (default: the configured setting)
 * @param classifier whether to train the GFA classifier too, when the version has enough labelled alloys (default:
 * the configured setting)
 * @param propertyLossWeight CGAN only: weight of the auxiliary property loss (default 0.5; 0 turns it off; see docs/models.md)
 */
record TrainingRequest(Long datasetVersionId, List<ModelKind> kinds, @Min(10) @Max(200_000) Integer generatorUpdates,
		Long seed, Boolean surrogates, Boolean classifier, @DecimalMin("0") @DecimalMax("100") Double propertyLossWeight) {
}
