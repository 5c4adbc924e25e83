package org.alloygan.extraction;

import java.util.List;

/**
 * What an extractor made of one passage, before grounding.
 *
 * @param candidates the alloys it reports (may be empty)
 * @param failure why the passage could not be read (a malformed reply after the repair retry, a server
 * that kept failing), or null
 * @param rawReply the model's reply as received, kept for audit (null for the rule-based extractor)
 * @param usage tokens used on this passage
 */
public record Extraction(List<Candidate> candidates, String failure, String rawReply, TokenUsage usage) {

	public Extraction {
		candidates = List.copyOf(candidates);
		usage = (usage != null) ? usage : TokenUsage.NONE;
	}

	public static Extraction of(List<Candidate> candidates) {
		return new Extraction(candidates, null, null, TokenUsage.NONE);
	}

	public static Extraction failed(String failure, String rawReply, TokenUsage usage) {
		return new Extraction(List.of(), failure, rawReply, usage);
	}

}
