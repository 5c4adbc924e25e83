package org.alloygan.gan.design;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.alloygan.gan.cgan.CganModel;
import org.alloygan.gan.cgan.ModelArtifactException;
import org.alloygan.gan.engine.EngineProperties;
import org.alloygan.gan.model.ModelRegistry;
import org.alloygan.gan.model.ModelVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The active CGAN, loaded once per promotion. A missing or corrupt artifact (checksum) is reported and the
 * previously loaded model keeps serving.
 */
@Component("activeGenerator")
class ActiveGenerator implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(ActiveGenerator.class);

	static final String KIND = "CGAN";

	private final ModelRegistry registry;

	private final EngineProperties engine;

	private Loaded loaded;

	private String lastError;

	/** A generator in memory and the registry version it came from. */
	record Loaded(ModelVersion version, CganModel model) {
	}

	ActiveGenerator(ModelRegistry registry, EngineProperties engine) {
		this.registry = registry;
		this.engine = engine;
	}

	/** The active CGAN, or the last one that loaded if the newly promoted artifact is broken. */
	synchronized Loaded current() {
		ModelVersion active = this.registry.active(KIND)
			.orElseThrow(() -> new IllegalStateException(
					"no CGAN model is active yet; train one with POST /api/v1/models/training-jobs"));
		if (this.loaded != null && this.loaded.version().id().equals(active.id())) {
			return this.loaded;
		}
		try {
			CganModel model = CganModel.load(Path.of(active.artifactPath()),
					this.engine.device().name().toLowerCase(Locale.ROOT));
			if (!model.artifactSha256().equals(active.artifactSha256())) {
				model.close();
				throw new ModelArtifactException("artifact checksum " + model.artifactSha256()
						+ " differs from the registered " + active.artifactSha256());
			}
			if (this.loaded != null) {
				this.loaded.model().close();
			}
			this.loaded = new Loaded(active, model);
			this.lastError = null;
			log.info("Loaded CGAN model {} (dataset version {})", active.id(), active.datasetVersionId());
		}
		catch (ModelArtifactException ex) {
			this.lastError = "model " + active.id() + ": " + ex.getMessage();
			log.error("Cannot load the active CGAN {}: {}; {}", active.id(), ex.getMessage(),
					(this.loaded != null) ? "still serving " + this.loaded.version().id() : "no model to serve");
			if (this.loaded == null) {
				throw new IllegalStateException("the active CGAN model's artifact is unusable: " + ex.getMessage());
			}
		}
		return this.loaded;
	}

	UUID servingId() {
		return (this.loaded != null) ? this.loaded.version().id() : null;
	}

	@Override
	public synchronized Health health() {
		Health.Builder health = Health.up().withDetail("serving", (this.loaded != null) ? this.loaded.version().id() : "none");
		if (this.lastError != null) {
			health.withDetail("lastLoadError", this.lastError);
		}
		return health.build();
	}

	@PreDestroy
	synchronized void close() {
		if (this.loaded != null) {
			this.loaded.model().close();
		}
	}

}
