package org.alloygan.extraction.rules;

import org.alloygan.extraction.Extraction;
import org.alloygan.extraction.Extractor;
import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageKind;

/**
 * The offline default extractor: no network, no model, deterministic. Prose is read by {@link ProseReader},
 * table rows (with their header as context) by {@link TableReader}. Thread-safe.
 */
public final class RuleBasedExtractor implements Extractor {

	public static final String NAME = "rules";

	/** Bumped whenever the rules change what they extract, so records say which rules produced them. */
	public static final String VERSION = "alloygan-rules-1";

	private final CompositionFinder finder = new CompositionFinder();

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String model() {
		return VERSION;
	}

	@Override
	public String promptVersion() {
		return null;
	}

	@Override
	public Extraction extract(Passage passage) {
		if (passage.kind() == PassageKind.TABLE_ROW && passage.context() != null) {
			return Extraction.of(TableReader.read(passage.text(), passage.context(), this.finder));
		}
		return Extraction.of(new ProseReader(passage.text(), this.finder).read());
	}

	/** Whether a line reads as a table row (an alloy, then mostly numbers); used to split documents. */
	public static boolean looksLikeTableRow(String line) {
		return TableReader.looksLikeRow(line, new CompositionFinder());
	}

}
