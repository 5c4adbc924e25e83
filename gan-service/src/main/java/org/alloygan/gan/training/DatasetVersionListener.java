package org.alloygan.gan.training;

import org.alloygan.core.events.DatasetVersioned;
import org.alloygan.core.events.Topics;
import org.alloygan.gan.cgan.Hyperparameters;
import org.alloygan.gan.model.ModelRegistry;
import org.alloygan.support.kafka.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Retrains on new dataset versions when the policy says so: the closed loop needs no human step. */
@Component
class DatasetVersionListener {

	private static final Logger log = LoggerFactory.getLogger(DatasetVersionListener.class);

	private final ModelTraining training;

	private final TrainingProperties properties;

	private final ModelRegistry registry;

	private final ProcessedEvents processed;

	private final TransactionTemplate transaction;

	DatasetVersionListener(ModelTraining training, TrainingProperties properties, ModelRegistry registry,
			ProcessedEvents processed, TransactionTemplate transaction) {
		this.training = training;
		this.properties = properties;
		this.registry = registry;
		this.processed = processed;
		this.transaction = transaction;
	}

	/** The event is claimed and the job queued in one transaction: a redelivery never trains twice. */
	@KafkaListener(topics = Topics.DATASET_VERSIONED)
	void on(DatasetVersioned event) {
		this.transaction.executeWithoutResult((status) -> {
			if (!this.processed.claim(event.eventId(), Topics.DATASET_VERSIONED) || !due(event)) {
				return;
			}
			log.info("Dataset version {} ({}) triggers training of {}", event.versionId(), event.reason(),
					this.properties.kinds());
			this.training.start(new ModelTraining.Plan(event.versionId(), this.properties.kinds(),
					this.properties.generatorUpdates(), this.properties.seed(), this.properties.surrogates(),
					this.properties.classifier(), Hyperparameters.defaults().propertyLossWeight()),
					"dataset version " + event.versionId());
		});
	}

	private boolean due(DatasetVersioned event) {
		return switch (this.properties.policy()) {
			case MANUAL -> false;
			case EVERY_VERSION -> true;
			case AFTER_OBSERVATIONS -> this.registry.active("CGAN").isEmpty()
					|| event.newObservations() >= this.properties.minNewObservations();
		};
	}

}
