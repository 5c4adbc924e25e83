package org.alloygan.gan.training;

import java.util.List;

import org.alloygan.gan.cgan.ModelKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and how models are retrained.
 *
 * @param policy EVERY_VERSION: retrain on each new dataset version; AFTER_OBSERVATIONS: once at least
 * {@code minNewObservations} observations arrived since the version the active model learned from;
 * MANUAL: only on request
 * @param kinds what a training job trains unless the request says otherwise
 * @param generatorUpdates generator updates per model
 * @param surrogates whether training jobs also train the property surrogate used to screen designs
 * @param heldOutFraction share of alloys (grouped by canonical composition) held out for the metrics
 * @param classifier whether training jobs also train the glass-forming-ability classifier, when the version has
 * enough alloys with a GFA class
 * @param minGfaAlloys the least number of distinct alloys with a GFA class (and at least two classes among them) for
 * the classifier to be trained; below it the job says so and trains the rest
 */
@ConfigurationProperties("alloygan.gan.training")
public record TrainingProperties(@DefaultValue("EVERY_VERSION") Policy policy,
		@DefaultValue("50") int minNewObservations, @DefaultValue("CGAN") List<ModelKind> kinds,
		@DefaultValue("1250") int generatorUpdates, @DefaultValue("1") long seed,
		@DefaultValue("0.2") double heldOutFraction, @DefaultValue("true") boolean surrogates,
		@DefaultValue("true") boolean classifier, @DefaultValue("30") int minGfaAlloys) {

	public enum Policy {

		EVERY_VERSION, AFTER_OBSERVATIONS, MANUAL

	}

}
