package org.alloygan.gan.surrogate;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.gan.model.ModelVersion;
import org.alloygan.support.json.StoredJson;

/**
 * What a chemist should know before trusting a surrogate's numbers: its held-out score, said plainly when it is low.
 * The intervals are calibrated, so a poor surrogate gives wide ones, but a design summary or a table of predicted
 * values does not show that a screen rests on a model that explains little on alloys it never saw (on the public MMG
 * file, whose temperatures do not follow its compositions, the held-out R² is below zero).
 */
final class SurrogateCaution {

	private static final ObjectMapper JSON = new ObjectMapper();

	private SurrogateCaution() {
	}

	/**
	 * @param trustedScore the least mean held-out R² of Tg, Tx, Tl that needs no caution
	 * @return the caution, or null when the surrogate is absent, scores at least {@code trustedScore}, or has no score
	 */
	static String of(ModelVersion surrogate, double trustedScore) {
		if (surrogate == null || surrogate.metrics() == null) {
			return null;
		}
		JsonNode score = StoredJson.read(JSON, surrogate.metrics(), JsonNode.class).path("score");
		if (!score.isNumber() || score.asDouble() >= trustedScore) {
			return null;
		}
		return String.format(Locale.ROOT, "the surrogate %s explains little on alloys it never saw: mean held-out R² "
				+ "of Tg, Tx, Tl %.2f (trusted from %.2f; dataset version %d). Its predicted values, and a screening by "
				+ "them, are weak evidence; a cleaner or larger dataset is the remedy (docs/models.md, Known limits)",
				surrogate.id(), score.asDouble(), trustedScore, surrogate.datasetVersionId());
	}

}
