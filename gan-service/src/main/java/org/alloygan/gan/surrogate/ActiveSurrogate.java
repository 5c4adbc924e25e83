package org.alloygan.gan.surrogate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted;
import org.alloygan.gan.design.PropertyPredictor;
import org.alloygan.gan.design.Reported;
import org.alloygan.gan.model.ModelRegistry;
import org.alloygan.gan.model.ModelVersion;
import org.alloygan.models.GfaClassifier;
import org.alloygan.models.GfaProbabilities;
import org.alloygan.models.ModelFiles;
import org.alloygan.models.Prediction;
import org.alloygan.models.PredictionResult;
import org.alloygan.models.Predictor;
import org.alloygan.models.SurrogateModel;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.regression.Estimate;
import org.alloygan.models.regression.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The active property surrogate and the active GFA classifier, each loaded once per promotion (artifact checksum
 * verified against the registry), combined in one {@link Predictor} with whichever of the two exist; screens design
 * candidates and answers prediction requests. A broken artifact is reported (health component
 * {@code activeSurrogates}, {@code lastLoadError}) and the previously loaded model of that kind keeps serving.
 */
@Component("activeSurrogates")
class ActiveSurrogate implements PropertyPredictor, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(ActiveSurrogate.class);

	/** Property names as design requests and feedback use them. */
	static final Map<Target, String> NAMES = Map.of(Target.TG, "Tg_K", Target.TX, "Tx_K", Target.TL, "Tl_K",
			Target.TRG, "Trg", Target.GAMMA, "gamma", Target.DTX, "dTx_K");

	/** The properties by name, for lookups from design requests. */
	static final Map<String, Target> TARGETS = NAMES.entrySet()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

	/** A failed artifact is tried again after this long (it may have been restored by hand), not on every call. */
	static final long RETRY_MILLIS = 60_000;

	private final ModelRegistry registry;

	private final Slot<SurrogateModel> surrogate = new Slot<>(SurrogateTraining.KIND, "surrogate");

	private final Slot<GfaClassifier> classifier = new Slot<>(ClassifierTraining.KIND, "GFA classifier");

	private Loaded loaded;

	private Chosen chosen;

	private final PredictionProperties properties;

	ActiveSurrogate(ModelRegistry registry, PredictionProperties properties) {
		this.registry = registry;
		this.properties = properties;
	}

	/**
	 * What serves now: the versions of the surrogate and the classifier (either may be null, not both) and a predictor
	 * over them.
	 */
	record Loaded(ModelVersion surrogate, ModelVersion classifier, Predictor predictor, String surrogateCaution)
			implements Models {

		/** Which of the two kinds has no usable model, for responses. */
		List<String> missing() {
			List<String> missing = new ArrayList<>(2);
			if (this.surrogate == null) {
				missing.add("surrogate");
			}
			if (this.classifier == null) {
				missing.add("classifier");
			}
			return missing;
		}

		@Override
		public UUID surrogateId() {
			return (this.surrogate != null) ? this.surrogate.id() : null;
		}

		@Override
		public UUID classifierId() {
			return (this.classifier != null) ? this.classifier.id() : null;
		}

		@Override
		public FeatureMatrix features(List<Composition> candidates) {
			return this.predictor.features(candidates);
		}

		@Override
		public float[] values(String property, FeatureMatrix features) {
			Target target = TARGETS.get(property);
			return (target != null) ? this.predictor.values(target, features) : null;
		}

		@Override
		public Predictions predict(List<Composition> candidates) {
			List<Map<String, DesignCompleted.Prediction>> values = new ArrayList<>(candidates.size());
			List<GfaProbabilities> gfa = new ArrayList<>(candidates.size());
			List<Composition> supported = candidates.stream().filter(FeatureSet::supports).toList();
			List<Prediction> predicted = this.predictor.predict(supported);
			int next = 0;
			for (Composition candidate : candidates) {
				Prediction p = FeatureSet.supports(candidate) ? predicted.get(next++) : null;
				values.add((p != null) ? named(p) : Map.of());
				gfa.add((p != null) ? p.gfa() : null);
			}
			return new Predictions(surrogateId(), values, classifierId(), gfa);
		}

	}

	/** The serving models, or empty when neither a surrogate nor a classifier has been trained (or loaded) yet. */
	synchronized Optional<Loaded> current() {
		boolean changed = this.surrogate.refresh(this.registry,
				(v) -> ModelFiles.loadSurrogate(Path.of(v.artifactPath()), v.artifactSha256()));
		changed |= this.classifier.refresh(this.registry,
				(v) -> ModelFiles.loadClassifier(Path.of(v.artifactPath()), v.artifactSha256()));
		if (this.surrogate.model == null && this.classifier.model == null) {
			this.loaded = null;
			return Optional.empty();
		}
		if (changed || this.loaded == null) {
			this.loaded = new Loaded(this.surrogate.version, this.classifier.version,
					new Predictor(this.surrogate.model, this.classifier.model), caution(this.surrogate.version));
		}
		return Optional.of(this.loaded);
	}

	/**
	 * The serving pair with one model replaced by a registered version that need not be active, so that a curator can
	 * see what a retrained surrogate or classifier would answer before promoting it. The last one chosen stays loaded.
	 * @throws IllegalArgumentException if the version is not a surrogate or a classifier
	 * @throws IllegalStateException if its artifact cannot be loaded
	 */
	synchronized Loaded choosing(ModelVersion version) {
		boolean surrogateKind = SurrogateTraining.KIND.equals(version.kind());
		if (!surrogateKind && !ClassifierTraining.KIND.equals(version.kind())) {
			throw new IllegalArgumentException("model " + version.id() + " is a " + version.kind() + "; predictions use a "
					+ SurrogateTraining.KIND + " or a " + ClassifierTraining.KIND + " model");
		}
		Optional<Loaded> current = current();
		if (current.isPresent() && (version.id().equals(current.get().surrogateId())
				|| version.id().equals(current.get().classifierId()))) {
			return current.get();
		}
		if (this.chosen == null || !this.chosen.id().equals(version.id())) {
			try {
				Path artifact = Path.of(version.artifactPath());
				this.chosen = new Chosen(version.id(),
						surrogateKind ? ModelFiles.loadSurrogate(artifact, version.artifactSha256()) : null,
						surrogateKind ? null : ModelFiles.loadClassifier(artifact, version.artifactSha256()));
			}
			catch (IOException | RuntimeException ex) {
				throw new IllegalStateException("model " + version.id() + " cannot be loaded: " + ex.getMessage());
			}
		}
		// the other kind: the active one, as it serves now
		return surrogateKind
				? new Loaded(version, this.classifier.version,
						new Predictor(this.chosen.surrogate(), this.classifier.model), caution(version))
				: new Loaded(this.surrogate.version, version,
						new Predictor(this.surrogate.model, this.chosen.classifier()), caution(this.surrogate.version));
	}

	private String caution(ModelVersion surrogate) {
		return SurrogateCaution.of(surrogate, this.properties.trustedSurrogateScore());
	}

	/** A chosen, not necessarily active, model: a surrogate or a classifier (the other null). */
	private record Chosen(UUID id, SurrogateModel surrogate, GfaClassifier classifier) {
	}

	@Override
	public Optional<Models> serving() {
		return current().map((loaded) -> loaded);
	}

	List<PredictionResult> predictTexts(Loaded loaded, List<String> texts) {
		return loaded.predictor().predictTexts(texts);
	}

	static Map<String, DesignCompleted.Prediction> named(Prediction prediction) {
		Map<String, DesignCompleted.Prediction> out = new LinkedHashMap<>();
		for (Map.Entry<Target, String> name : NAMES.entrySet()) {
			Estimate e = prediction.property(name.getKey());
			if (e != null) {
				Target target = name.getKey();
				out.put(name.getValue(), new DesignCompleted.Prediction(Reported.value(target, e.value()),
						Reported.value(target, e.lower()), Reported.value(target, e.upper())));
			}
		}
		return out;
	}

	@Override
	public synchronized Health health() {
		Health.Builder health = Health.up();
		this.surrogate.describe(health);
		this.classifier.describe(health);
		return health.build();
	}

	/** Loads a model artifact of a registered version. */
	@FunctionalInterface
	interface Loader<T> {

		T load(ModelVersion version) throws IOException;

	}

	/** The loaded model of one kind, and what went wrong with the last artifact that did not load. */
	private static final class Slot<T> {

		private final String kind;

		private final String name;

		private ModelVersion version;

		private T model;

		private ModelVersion failed;

		private long failedAt;

		private String lastError;

		Slot(String kind, String name) {
			this.kind = kind;
			this.name = name;
		}

		/** Loads the active version when it changed; true when the model in this slot changed. */
		boolean refresh(ModelRegistry registry, Loader<T> loader) {
			Optional<ModelVersion> active = registry.active(this.kind);
			if (active.isEmpty() || (this.version != null && this.version.id().equals(active.get().id()))) {
				return false;
			}
			ModelVersion wanted = active.get();
			if (this.failed != null && this.failed.id().equals(wanted.id())
					&& System.currentTimeMillis() - this.failedAt < RETRY_MILLIS) {
				return false;
			}
			try {
				T model = loader.load(wanted);
				this.version = wanted;
				this.model = model;
				this.failed = null;
				this.lastError = null;
				log.info("Loaded {} model {} (dataset version {})", this.name, wanted.id(), wanted.datasetVersionId());
				return true;
			}
			catch (IOException | RuntimeException ex) {
				this.failed = wanted;
				this.failedAt = System.currentTimeMillis();
				this.lastError = "model " + wanted.id() + ": " + ex.getMessage();
				log.error("Cannot load the active {} {}: {}; {}", this.name, wanted.id(), ex.getMessage(),
						(this.version != null) ? "still serving " + this.version.id() : "no " + this.name + " to serve");
				return false;
			}
		}

		void describe(Health.Builder health) {
			String key = this.kind.toLowerCase(java.util.Locale.ROOT);
			health.withDetail(key, (this.version != null) ? this.version.id() : "none");
			if (this.lastError != null) {
				health.withDetail(key + "LastLoadError", this.lastError);
			}
		}

	}

}
