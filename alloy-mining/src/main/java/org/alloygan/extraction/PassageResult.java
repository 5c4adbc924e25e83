package org.alloygan.extraction;

import java.util.List;

/**
 * One passage mined: its records (accepted and rejected) or the reason it could not be read.
 *
 * @param failure why the extractor could not read the passage, null when it could
 * @param rawReply the model's reply, kept for audit; null for the rule-based extractor
 */
public record PassageResult(Passage passage, List<ExtractedRecord> records, String failure, String rawReply,
		TokenUsage usage) {

	public PassageResult {
		records = List.copyOf(records);
	}

	public boolean failed() {
		return this.failure != null;
	}

	public List<ExtractedRecord> accepted() {
		return this.records.stream().filter(ExtractedRecord::accepted).toList();
	}

}
