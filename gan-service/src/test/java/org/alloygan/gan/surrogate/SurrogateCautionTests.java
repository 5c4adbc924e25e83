package org.alloygan.gan.surrogate;

import java.time.Instant;
import java.util.UUID;

import org.alloygan.gan.model.ModelVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurrogateCautionTests {

	static ModelVersion surrogate(String metrics) {
		return new ModelVersion(UUID.fromString("00000000-0000-0000-0000-000000000007"), "SURROGATE", 3, null, 1, "{}",
				metrics, null, null, "/tmp/a", "sha", true, Instant.EPOCH, Instant.EPOCH);
	}

	@Test
	void aLowHeldOutScoreIsSaidPlainly() {
		assertThat(SurrogateCaution.of(surrogate("{\"score\": -0.3199, \"scoreName\": \"mean held-out R²\"}"), 0.5))
			.isEqualTo("the surrogate 00000000-0000-0000-0000-000000000007 explains little on alloys it never saw: "
					+ "mean held-out R² of Tg, Tx, Tl -0.32 (trusted from 0.50; dataset version 3). Its predicted "
					+ "values, and a screening by them, are weak evidence; a cleaner or larger dataset is the remedy "
					+ "(docs/models.md, Known limits)");
	}

	@Test
	void aGoodScoreOrNoSurrogateOrNoScoreNeedsNoCaution() {
		assertThat(SurrogateCaution.of(surrogate("{\"score\": 0.93}"), 0.5)).isNull();
		assertThat(SurrogateCaution.of(surrogate("{\"score\": 0.5}"), 0.5)).isNull();
		assertThat(SurrogateCaution.of(null, 0.5)).isNull();
		assertThat(SurrogateCaution.of(surrogate("{\"mae\": 12}"), 0.5)).isNull();
	}

}
