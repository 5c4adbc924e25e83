package org.alloygan.gan.surrogate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alloygan.models.PredictionResult;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Predicted properties with intervals for a batch of compositions; a bad composition gets its own error. */
@RestController
class PredictionController {

	private final ActiveSurrogate surrogate;

	PredictionController(ActiveSurrogate surrogate) {
		this.surrogate = surrogate;
	}

	record PredictionRequest(@NotNull @Size(min = 1, max = 100_000) List<String> compositions) {
	}

	record Item(int index, String input, String formula, Map<String, ?> predicted, List<String> warnings,
			String error) {
	}

	@PostMapping("/api/v1/predictions")
	Map<String, Object> predict(@Valid @RequestBody PredictionRequest request) {
		ActiveSurrogate.Loaded loaded = this.surrogate.current()
			.orElseThrow(() -> new IllegalStateException(
					"no surrogate model is active yet; train one with POST /api/v1/models/training-jobs"));
		List<PredictionResult> results = this.surrogate.predictTexts(loaded, request.compositions());
		List<Item> items = new ArrayList<>(results.size());
		int failed = 0;
		for (int i = 0; i < results.size(); i++) {
			PredictionResult r = results.get(i);
			if (r.ok()) {
				items.add(new Item(i, r.input(), r.prediction().composition().formula(),
						ActiveSurrogate.named(r.prediction()), r.prediction().warnings(), null));
			}
			else {
				failed++;
				items.add(new Item(i, r.input(), null, null, List.of(), r.error()));
			}
		}
		return Map.of("modelId", loaded.version().id(), "count", items.size(), "failed", failed, "results", items);
	}

}
