package org.alloygan.descriptor.descriptors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.composition.ParsedComposition;
import org.alloygan.core.descriptor.ThermalDescriptors;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Descriptors for a batch of compositions (up to 10,000), each with its own result or error. */
@RestController
class DescriptorController {

	static final int MAX_BATCH = 10_000;

	private final CompositionParser parser;

	private final CompositionFeatures features;

	DescriptorController(CompositionParser parser, CompositionFeatures features) {
		this.parser = parser;
		this.features = features;
	}

	/**
	 * @param compositions formulas as papers print them
	 * @param properties optional Tg/Tx/Tl (K) per composition, same order, for the property-derived
	 * descriptors
	 */
	record DescriptorRequest(@NotNull @Size(min = 1, max = MAX_BATCH) List<String> compositions,
			List<Temperatures> properties) {
	}

	record Temperatures(Double tgK, Double txK, Double tlK) {
	}

	record DescriptorResult(int index, String input, String formula, String canonicalKey,
			Map<String, Double> atomicPercent, Map<String, Object> descriptors, ThermalDescriptors thermal,
			List<String> warnings, String error) {
	}

	@PostMapping("/api/v1/descriptors")
	Map<String, Object> describe(@Valid @RequestBody DescriptorRequest request) {
		if (request.properties() != null && request.properties().size() != request.compositions().size()) {
			throw new IllegalArgumentException("properties has " + request.properties().size()
					+ " entries but compositions has " + request.compositions().size());
		}
		List<DescriptorResult> results = new ArrayList<>(request.compositions().size());
		int failed = 0;
		for (int i = 0; i < request.compositions().size(); i++) {
			String input = request.compositions().get(i);
			Temperatures t = (request.properties() != null) ? request.properties().get(i) : null;
			try {
				ParsedComposition parsed = this.parser.parse(input);
				CompositionFeatures.Result d = this.features.of(parsed.composition());
				List<String> warnings = new ArrayList<>(parsed.warnings());
				if (d.error() != null) {
					warnings.add("incomplete element data: " + d.error());
				}
				results.add(new DescriptorResult(i, input, parsed.composition().formula(),
						parsed.composition().canonicalKey(), parsed.composition().atomicPercent(), d.values(),
						(t != null) ? ThermalDescriptors.of(t.tgK(), t.txK(), t.tlK()) : null, warnings, null));
			}
			catch (IllegalArgumentException ex) {
				failed++;
				results.add(new DescriptorResult(i, input, null, null, null, null, null, List.of(), ex.getMessage()));
			}
		}
		return Map.of("count", results.size(), "failed", failed, "results", results);
	}

}
