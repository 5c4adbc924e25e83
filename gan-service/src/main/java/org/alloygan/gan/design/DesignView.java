package org.alloygan.gan.design;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.alloygan.core.events.DesignCompleted;
import org.alloygan.core.events.JobState;

/**
 * A design as {@code GET /api/v1/designs/{id}} shows it: request, state, summary and ranked candidates.
 *
 * @param candidates the JSON array of {@link CandidateView}s as stored when the design finished, best first; empty
 * before
 */
record DesignView(@JsonUnwrapped Header header, String state, String message, @JsonRawValue String candidates) {

	DesignView {
		candidates = (candidates != null) ? candidates : "[]";
	}

	/** Whether the design has succeeded or failed (its candidates, if any, are all there). */
	@JsonIgnore
	boolean finished() {
		return JobState.valueOf(this.state).isTerminal();
	}

	record Header(UUID id, @JsonRawValue String request, UUID generatorModelId, UUID surrogateModelId,
			UUID classifierModelId, @JsonRawValue String summary, Instant createdAt, Instant finishedAt) {
	}

	/**
	 * One screened candidate.
	 *
	 * @param composition at.% in 0.1 steps summing to 100
	 * @param predicted property -> {value, lower, upper}; absent when no surrogate was active
	 * @param novelty at.% that must change to reach the nearest known alloy
	 * @param score mean relative miss of the targets (lower is better); absent when unscreened
	 * @param gfa predicted glass-forming class probabilities {noGlass, ribbon, bmg, glass}; absent when no GFA
	 * classifier was active
	 */
	record CandidateView(UUID id, int rank, String formula, String canonicalKey, Map<String, Double> composition,
			Map<String, DesignCompleted.Prediction> predicted, double novelty, String nearestKnown, Double score,
			DesignCompleted.Gfa gfa) {
	}

}
