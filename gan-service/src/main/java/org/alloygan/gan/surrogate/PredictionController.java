package org.alloygan.gan.surrogate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alloygan.gan.design.Reported;
import org.alloygan.models.GfaProbabilities;
import org.alloygan.models.PredictionResult;

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

	PredictionController(ActiveSurrogate surrogate) {
		this.surrogate = surrogate;
	}

	record PredictionRequest(@NotNull @Size(min = 1, max = 100_000) List<String> compositions) {
	}

	/**
	 * One composition's answer.
	 * @param predicted property -> {value, lower, upper}; null when no surrogate is active or on error
	 * @param gfa class probabilities; null when no classifier is active or on error
	 * @param gfaClass the most probable class ({@code no glass}, {@code ribbon}, {@code BMG}); null likewise
	 */
	record Item(int index, String input, String formula, Map<String, ?> predicted, Gfa gfa, String gfaClass,
			List<String> warnings, String error) {
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
		ActiveSurrogate.Loaded loaded = this.surrogate.current()
			.orElseThrow(() -> new IllegalStateException("neither a surrogate nor a GFA classifier is active yet; "
					+ "train them with POST /api/v1/models/training-jobs"));
		List<PredictionResult> results = this.surrogate.predictTexts(loaded, request.compositions());
		List<Item> items = new ArrayList<>(results.size());
		int failed = 0;
		for (int i = 0; i < results.size(); i++) {
			PredictionResult r = results.get(i);
			if (r.ok()) {
				GfaProbabilities gfa = r.prediction().gfa();
				items.add(new Item(i, r.input(), r.prediction().composition().formula(),
						(loaded.surrogate() != null) ? ActiveSurrogate.named(r.prediction()) : null, Gfa.of(gfa),
						(gfa != null) ? gfa.mostLikely().label() : null, r.prediction().warnings(), null));
			}
			else {
				failed++;
				items.add(new Item(i, r.input(), null, null, null, null, List.of(), r.error()));
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
		response.put("count", items.size());
		response.put("failed", failed);
		response.put("results", items);
		return response;
	}

}
