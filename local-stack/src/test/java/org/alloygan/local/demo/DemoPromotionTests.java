package org.alloygan.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's rule as the demo and {@code DemoLoopIT} read it from {@code GET /api/v1/models}: a new model is
 * promoted exactly when its score is no worse than that of the model active when it was registered.
 */
class DemoPromotionTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String LOWER = "slicedWasserstein (held-out, lower is better)";

	private final JsonNode first = model("a", 0.050, LOWER, "2026-11-25T10:00:00Z", "2026-11-25T10:00:00.010Z", false);

	@Test
	void aBetterScoreIsPromotedAndSaysSo() {
		JsonNode better = model("b", 0.040, LOWER, "2026-11-25T10:05:00Z", "2026-11-25T10:05:00.010Z", true);
		DemoLoop.Promotion promotion = DemoLoop.promotionOf(better, list(better, this.first));
		assertThat(promotion.previous().path("id").asText()).isEqualTo("a");
		assertThat(promotion.promoted()).isTrue();
		assertThat(promotion.noWorse()).isTrue();
		assertThat(promotion.ruleHeld()).isTrue();
		assertThat(promotion.explanation())
			.isEqualTo("promoted: score 0.0400 is no worse than the active model's 0.0500 (lower is better)");
	}

	@Test
	void anEqualScoreCountsAsNoWorse() {
		JsonNode equal = model("b", 0.050, LOWER, "2026-11-25T10:05:00Z", "2026-11-25T10:05:00.010Z", true);
		assertThat(DemoLoop.promotionOf(equal, list(equal, this.first)).noWorse()).isTrue();
	}

	@Test
	void aWorseScoreIsNotPromotedAndTheActiveModelKeepsServing() {
		JsonNode active = model("a", 0.050, LOWER, "2026-11-25T10:00:00Z", "2026-11-25T10:00:00.010Z", true);
		JsonNode worse = model("b", 0.061, LOWER, "2026-11-25T10:05:00Z", null, false);
		DemoLoop.Promotion promotion = DemoLoop.promotionOf(worse, list(worse, active));
		assertThat(promotion.promoted()).isFalse();
		assertThat(promotion.noWorse()).isFalse();
		assertThat(promotion.ruleHeld()).isTrue();
		assertThat(promotion.explanation()).isEqualTo("not promoted: score 0.0610 is worse than the active model's "
				+ "0.0500 (lower is better); the active model a keeps serving");
	}

	@Test
	void thePreviousModelIsTheOnePromotedLastBeforeRegistrationNotANewerOne() {
		JsonNode second = model("b", 0.040, LOWER, "2026-11-25T10:05:00Z", "2026-11-25T10:05:00.010Z", false);
		JsonNode third = model("c", 0.045, LOWER, "2026-11-25T10:10:00Z", null, false);
		JsonNode fourth = model("d", 0.030, LOWER, "2026-11-25T10:15:00Z", "2026-11-25T10:15:00.010Z", true);
		DemoLoop.Promotion promotion = DemoLoop.promotionOf(third, list(fourth, third, second, this.first));
		assertThat(promotion.previous().path("id").asText()).isEqualTo("b");
		assertThat(promotion.noWorse()).isFalse();
		assertThat(promotion.ruleHeld()).isTrue();
		DemoLoop.Promotion superseded = DemoLoop.promotionOf(second, list(fourth, third, second, this.first));
		assertThat(superseded.ruleHeld()).isTrue();
		assertThat(superseded.explanation()).endsWith("; a newer model has been promoted since");
	}

	@Test
	void theFirstModelOfAKindIsPromotedWithoutComparison() {
		JsonNode only = model("a", 0.050, LOWER, "2026-11-25T10:00:00Z", "2026-11-25T10:00:00.010Z", true);
		DemoLoop.Promotion promotion = DemoLoop.promotionOf(only, list(only));
		assertThat(promotion.previous()).isNull();
		assertThat(promotion.ruleHeld()).isTrue();
		assertThat(promotion.explanation()).isEqualTo("promoted: no model of its kind was active");
	}

	@Test
	void aHigherIsBetterScoreComparesTheOtherWay() {
		String r2 = "mean held-out R² of Tg, Tx, Tl (higher is better)";
		JsonNode active = model("a", 0.80, r2, "2026-11-25T10:00:00Z", "2026-11-25T10:00:00.010Z", true);
		JsonNode lower = model("b", 0.70, r2, "2026-11-25T10:05:00Z", null, false);
		DemoLoop.Promotion promotion = DemoLoop.promotionOf(lower, list(lower, active));
		assertThat(promotion.lowerIsBetter()).isFalse();
		assertThat(promotion.noWorse()).isFalse();
		assertThat(promotion.ruleHeld()).isTrue();
	}

	@Test
	void aPromotionAgainstTheRuleIsDetected() {
		JsonNode active = model("a", 0.050, LOWER, "2026-11-25T10:00:00Z", "2026-11-25T10:00:00.010Z", false);
		JsonNode worseButPromoted = model("b", 0.070, LOWER, "2026-11-25T10:05:00Z", "2026-11-25T10:05:00.010Z", true);
		assertThat(DemoLoop.promotionOf(worseButPromoted, list(worseButPromoted, active)).ruleHeld()).isFalse();
	}

	@Test
	void instantsAreReadAsTextOrEpochSeconds() {
		assertThat(DemoLoop.instant(JSON.valueToTree("2026-11-25T10:00:00.5Z")))
			.isEqualTo(java.time.Instant.parse("2026-11-25T10:00:00.5Z"));
		assertThat(DemoLoop.instant(JSON.valueToTree(1764064800.5)))
			.isEqualTo(java.time.Instant.ofEpochSecond(1764064800, 500_000_000));
		assertThat(DemoLoop.instant(JSON.nullNode())).isNull();
	}

	private static JsonNode model(String id, double score, String scoreName, String createdAt, String promotedAt,
			boolean active) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", id);
		m.put("kind", "CGAN");
		m.put("metrics", Map.of("score", score, "scoreName", scoreName));
		m.put("active", active);
		m.put("createdAt", createdAt);
		m.put("promotedAt", promotedAt);
		return JSON.valueToTree(m);
	}

	private static JsonNode list(JsonNode... models) {
		return JSON.valueToTree(List.of(models));
	}

}
