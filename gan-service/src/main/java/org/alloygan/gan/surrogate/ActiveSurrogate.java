package org.alloygan.gan.surrogate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted;
import org.alloygan.gan.design.PropertyPredictor;
import org.alloygan.gan.model.ModelRegistry;
import org.alloygan.gan.model.ModelVersion;
import org.alloygan.models.ModelFiles;
import org.alloygan.models.Prediction;
import org.alloygan.models.PredictionResult;
import org.alloygan.models.SurrogateModel;
import org.alloygan.models.Predictor;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.regression.Estimate;
import org.alloygan.models.regression.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The active property surrogate, loaded once per promotion (checksum verified); screens design candidates
 * and answers prediction requests. A broken artifact is reported and the previous model keeps serving.
 */
@Component
class ActiveSurrogate implements PropertyPredictor {

	private static final Logger log = LoggerFactory.getLogger(ActiveSurrogate.class);

	/** Property names as design requests and feedback use them. */
	static final Map<Target, String> NAMES = Map.of(Target.TG, "Tg_K", Target.TX, "Tx_K", Target.TL, "Tl_K",
			Target.TRG, "Trg", Target.GAMMA, "gamma", Target.DTX, "dTx_K");

	private final ModelRegistry registry;

	private ModelVersion version;

	private Predictor predictor;

	private SurrogateModel surrogate;

	private final Map<Set<Target>, Predictor> subsets = new HashMap<>();

	private ModelVersion subsetsOf;

	ActiveSurrogate(ModelRegistry registry) {
		this.registry = registry;
	}

	/** The active surrogate's version and predictor, or empty when none has been trained yet. */
	synchronized Optional<Loaded> current() {
		Optional<ModelVersion> active = this.registry.active(SurrogateTraining.KIND);
		if (active.isEmpty()) {
			return Optional.empty();
		}
		if (this.version == null || !this.version.id().equals(active.get().id())) {
			try {
				SurrogateModel loadedModel = ModelFiles.loadSurrogate(Path.of(active.get().artifactPath()),
						active.get().artifactSha256());
				this.predictor = new Predictor(loadedModel, null);
				this.surrogate = loadedModel;
				this.version = active.get();
			}
			catch (IOException | RuntimeException ex) {
				log.error("Cannot load surrogate {}: {}{}", active.get().id(), ex.getMessage(),
						(this.version != null) ? "; still serving " + this.version.id() : "");
				if (this.version == null) {
					return Optional.empty();
				}
			}
		}
		return Optional.of(new Loaded(this.version, this.predictor, this.surrogate));
	}

	record Loaded(ModelVersion version, Predictor predictor, SurrogateModel surrogate) {
	}

	@Override
	public Optional<Predictions> predict(List<Composition> candidates) {
		return current().map((loaded) -> predict(loaded.predictor(), loaded.version(), candidates));
	}

	@Override
	public Optional<Predictions> predict(List<Composition> candidates, Set<String> properties) {
		Set<Target> targets = EnumSet.noneOf(Target.class);
		NAMES.forEach((target, name) -> {
			if (properties.contains(name)) {
				targets.add(target);
			}
		});
		return current().map((loaded) -> predict(subset(loaded, targets), loaded.version(), candidates));
	}

	/** A predictor of only some properties, kept per active model (requests name few distinct subsets). */
	private synchronized Predictor subset(Loaded loaded, Set<Target> targets) {
		Set<Target> modelled = loaded.surrogate().regressors().keySet();
		if (targets.stream().noneMatch(modelled::contains) || targets.containsAll(modelled)) {
			return loaded.predictor();
		}
		if (this.subsetsOf != loaded.version()) {
			this.subsets.clear();
			this.subsetsOf = loaded.version();
		}
		return this.subsets.computeIfAbsent(targets, (t) -> new Predictor(loaded.surrogate().only(t), null));
	}

	private static Predictions predict(Predictor predictor, ModelVersion version, List<Composition> candidates) {
		List<Map<String, DesignCompleted.Prediction>> values = new ArrayList<>(candidates.size());
		List<Composition> supported = candidates.stream().filter(FeatureSet::supports).toList();
		List<Prediction> predicted = predictor.predict(supported);
		int next = 0;
		for (Composition candidate : candidates) {
			values.add(FeatureSet.supports(candidate) ? named(predicted.get(next++)) : Map.of());
		}
		return new Predictions(version.id(), values);
	}

	List<PredictionResult> predictTexts(Loaded loaded, List<String> texts) {
		return loaded.predictor().predictTexts(texts);
	}

	static Map<String, DesignCompleted.Prediction> named(Prediction prediction) {
		Map<String, DesignCompleted.Prediction> out = new LinkedHashMap<>();
		for (Map.Entry<Target, String> name : NAMES.entrySet()) {
			Estimate e = prediction.property(name.getKey());
			if (e != null) {
				out.put(name.getValue(), new DesignCompleted.Prediction(e.value(), e.lower(), e.upper()));
			}
		}
		return out;
	}

}
