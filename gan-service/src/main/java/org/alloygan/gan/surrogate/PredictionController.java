package org.alloygan.gan.surrogate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alloygan.gan.design.KnownAlloys;
import org.alloygan.gan.design.Reported;
import org.alloygan.gan.model.ModelRegistry;
import org.alloygan.models.GfaProbabilities;
import org.alloygan.models.PredictionResult;
import org.alloygan.models.booster.Parallel;
import org.alloygan.support.web.NotFoundException;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Predicted properties with intervals (active surrogate) and glass-forming class probabilities (active GFA classifier)
 * for a batch of compositions; a bad composition gets its own error. Works with either model alone and says which is
 * missing.
 */
@RestController
class PredictionController {

	private final ActiveSurrogate surrogate;

	private final KnownAlloys known;

	private final PredictionProperties properties;

	private final ModelRegistry registry;

	PredictionController(ActiveSurrogate surrogate, ModelRegistry registry, KnownAlloys known,
			PredictionProperties properties) {
		this.surrogate = surrogate;
		this.registry = registry;
		this.known = known;
		this.properties = properties;
	}

	/**
	 * @param modelId a registered surrogate or classifier to predict with instead of the active one of its kind (for
	 * comparing a retrained model before promoting it); null for the active ones
	 */
	record PredictionRequest(@NotNull @Size(min = 1, max = 100_000) List<String> compositions, UUID modelId) {
	}

	/**
	 * One composition's answer.
	 * @param predicted property -> {value, lower, upper}; null when no surrogate is active or on error
	 * @param gfa class probabilities; null when no classifier is active or on error
	 * @param gfaClass the most probable class ({@code no glass}, {@code ribbon}, {@code BMG}); null likewise
	 * @param nearestKnown the nearest alloy of the dataset version the surrogate learned from; null without a
	 * surrogate or on error
	 */
	record Item(int index, String input, String formula, Map<String, ?> predicted, Gfa gfa, String gfaClass,
			NearestKnown nearestKnown, List<String> warnings, String error) {
	}

	/** @param distance at.% that must change to turn the composition into {@code formula} (0 = a known alloy) */
	record NearestKnown(String formula, double distance) {
	}

	/** P(no glass), P(ribbon), P(BMG) and P(glass) = P(ribbon) + P(BMG). */
	record Gfa(double noGlass, double ribbon, double bmg, double glass) {

		static Gfa of(GfaProbabilities p) {
			return (p != null) ? new Gfa(Reported.probability(p.noGlass()), Reported.probability(p.ribbon()),
					Reported.probability(p.bmg()), Reported.probability(p.glass())) : null;
		}

	}

	@PostMapping("/api/v1/predictions")
	Map<String, Object> predict(@Valid @RequestBody PredictionRequest request) {
		ActiveSurrogate.Loaded loaded = (request.modelId() != null)
				? this.surrogate.choosing(this.registry.get(request.modelId())
					.orElseThrow(() -> new NotFoundException("model " + request.modelId() + " does not exist")))
				: this.surrogate.current()
					.orElseThrow(() -> new IllegalStateException("neither a surrogate nor a GFA classifier is active "
							+ "yet; train them with POST /api/v1/models/training-jobs"));
		List<PredictionResult> results = this.surrogate.predictTexts(loaded, request.compositions());
		// the alloys the surrogate learned from; predictions do not wait for descriptor-service, which holds them
		Optional<KnownAlloys.Index> known = (loaded.surrogate() != null)
				? this.known.ofIfReachable(loaded.surrogate().datasetVersionId()) : Optional.empty();
		KnownAlloys.Nearest[] nearest = nearest(known, results);
		List<Item> items = new ArrayList<>(results.size());
		int failed = 0;
		for (int i = 0; i < results.size(); i++) {
			PredictionResult r = results.get(i);
			if (r.ok()) {
				GfaProbabilities gfa = r.prediction().gfa();
				NearestKnown near = (nearest[i] != null)
						? new NearestKnown(nearest[i].formula(), Reported.round(nearest[i].novelty(), 100)) : null;
				items.add(new Item(i, r.input(), r.prediction().composition().formula(),
						(loaded.surrogate() != null) ? ActiveSurrogate.named(r.prediction()) : null, Gfa.of(gfa),
						(gfa != null) ? gfa.mostLikely().label() : null, near, warnings(r, near), null));
			}
			else {
				failed++;
				items.add(new Item(i, r.input(), null, null, null, null, null, List.of(), r.error()));
			}
		}
		Map<String, Object> response = new LinkedHashMap<>();
		// modelId: the surrogate's, as before the classifier existed
		response.put("modelId", (loaded.surrogate() != null) ? loaded.surrogate().id() : null);
		response.put("surrogateModelId", (loaded.surrogate() != null) ? loaded.surrogate().id() : null);
		response.put("classifierModelId", (loaded.classifier() != null) ? loaded.classifier().id() : null);
		List<String> missing = loaded.missing();
		response.put("missing", missing);
		if (!missing.isEmpty()) {
			response.put("note", missing.contains("surrogate")
					? "no surrogate model is active: no predicted properties, only GFA probabilities"
					: "no GFA classifier is active: no GFA probabilities, only predicted properties");
		}
		if (loaded.surrogateCaution() != null) {
			response.put("surrogateCaution", loaded.surrogateCaution());
		}
		if (loaded.surrogate() != null && known.isEmpty()) {
			response.put("nearestKnownNote", "the alloys the surrogate learned from could not be read from "
					+ "descriptor-service just now: no nearestKnown and no warning about distance this time");
		}
		response.put("count", items.size());
		response.put("failed", failed);
		response.put("results", items);
		return response;
	}

	/**
	 * The nearest known alloy of each readable composition (none without an index), in parallel: a batch may be
	 * 100,000.
	 */
	private static KnownAlloys.Nearest[] nearest(Optional<KnownAlloys.Index> known, List<PredictionResult> results) {
		KnownAlloys.Nearest[] nearest = new KnownAlloys.Nearest[results.size()];
		known.ifPresent((index) -> {
			int threads = Parallel.defaultThreads();
			Parallel.map(threads, threads, (t) -> {
				for (int i = t; i < nearest.length; i += threads) {
					if (results.get(i).ok()) {
						nearest[i] = index.nearest(results.get(i).prediction().composition().atomicPercent());
					}
				}
				return null;
			});
		});
		return nearest;
	}

	private List<String> warnings(PredictionResult result, NearestKnown near) {
		if (near == null || near.distance() <= this.properties.extrapolationDistance()) {
			return result.prediction().warnings();
		}
		List<String> warnings = new ArrayList<>(result.prediction().warnings());
		warnings.add(String.format(Locale.ROOT, "%.1f at.%% would have to change to reach the nearest alloy the "
				+ "surrogate learned from (%s): its values are extrapolations and its intervals may be too narrow",
				near.distance(), near.formula()));
		return warnings;
	}

}
