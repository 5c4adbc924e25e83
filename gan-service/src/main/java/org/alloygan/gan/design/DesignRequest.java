package org.alloygan.gan.design;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/v1/designs}.
 *
 * @param targets any subset of Tg_K, Tx_K, Tl_K, Trg, gamma, dTx_K; each a number or {value, tolerance}
 * @param count how many screened candidates are wanted (1..1000)
 * @param seed makes the design reproducible with the same model
 */
record DesignRequest(@NotNull Map<String, Target> targets, @NotNull @Min(1) @Max(1000) Integer count,
		@Valid Constraints constraints, Long seed) {

	static final List<String> TARGET_NAMES = List.of("Tg_K", "Tx_K", "Tl_K", "Trg", "gamma", "dTx_K");

	static final double DEFAULT_TOLERANCE = 0.08;

	/** " (did you mean 'Tg_K'?)" for the names people write for the targets ("Tg", "ΔTx", "γ"), else "". */
	static String suggestion(String name) {
		String plain = name.replace("Δ", "d").replace("γ", "gamma").replace("_", "");
		for (String target : TARGET_NAMES) {
			String bare = target.replace("_K", "");
			if (plain.equalsIgnoreCase(bare) || plain.equalsIgnoreCase(bare + "K")) {
				return " (did you mean '" + target + "'?" + (target.endsWith("_K") ? " temperatures are in kelvin)" : ")");
			}
		}
		return "";
	}

	/** @param tolerance relative, e.g. 0.08 for 8% */
	record Target(double value, double tolerance) {

		/** Accepts {@code 700} or {@code {"value": 700, "tolerance": 0.05}}. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Target of(JsonNode node) {
			if (node.isNumber()) {
				return new Target(node.asDouble(), DEFAULT_TOLERANCE);
			}
			if (node.isObject() && node.has("value") && node.get("value").isNumber()) {
				JsonNode tolerance = node.get("tolerance");
				if (tolerance != null && !tolerance.isNumber()) {
					throw new IllegalArgumentException("tolerance must be a number such as 0.08");
				}
				return new Target(node.get("value").asDouble(),
						(tolerance != null) ? tolerance.asDouble() : DEFAULT_TOLERANCE);
			}
			throw new IllegalArgumentException("a target is a number or {\"value\": ..., \"tolerance\": ...}");
		}

	}

	/**
	 * @param minNovelty at.% that must change at least to turn a candidate into the nearest known alloy
	 * @param minGlassProbability the least P(glass) = P(ribbon) + P(BMG) a candidate needs when a GFA classifier is
	 * active (default 0.5; 0 keeps every candidate and only ranks by it)
	 */
	record Constraints(List<String> allowedElements, List<String> requiredElements, List<String> forbiddenElements,
			@Min(1) @Max(20) Integer maxComponents, String baseElement, @Min(0) @Max(100) Double minNovelty,
			@DecimalMin("0") @DecimalMax("1") Double minGlassProbability) {

		static final Constraints NONE = new Constraints(null, null, null, null, null, null, null);

	}

}
