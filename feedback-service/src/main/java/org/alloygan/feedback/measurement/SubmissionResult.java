package org.alloygan.feedback.measurement;

import java.util.List;
import java.util.UUID;

/**
 * What became of one submission.
 *
 * @param revision the revision stored (ACCEPTED) or the one the submission repeats (DUPLICATE)
 * @param flags accepted but worth a look, e.g. "as-cast composition differs from candidate ..."
 * @param warnings what the composition parser assumed (a sum normalised to 100, a letter case fixed)
 * @param reasons why it was rejected; empty otherwise
 */
public record SubmissionResult(Status status, UUID measurementId, Integer revision, String lab, String sampleId,
		List<String> flags, List<String> warnings, List<String> reasons) {

	public enum Status {

		/** Stored as a new revision (the first one, or a correction) and published. */
		ACCEPTED,
		/** Identical to a stored revision: nothing stored, nothing published. */
		DUPLICATE,
		/** Not stored, see the reasons. */
		REJECTED

	}

	static SubmissionResult rejected(String lab, String sampleId, List<String> reasons) {
		return new SubmissionResult(Status.REJECTED, null, null, lab, sampleId, List.of(), List.of(),
				List.copyOf(reasons));
	}

}
