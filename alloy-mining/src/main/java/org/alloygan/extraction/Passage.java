package org.alloygan.extraction;

import java.util.Objects;

/**
 * A unit of text an extractor reads on its own: a paragraph, a table row or a caption.
 *
 * @param index 0-based position among the document's passages
 * @param kind what it is
 * @param text the passage exactly as in the document text, {@code document.substring(start, end)}
 * @param start character offset of the passage in the document text
 * @param end end offset (exclusive)
 * @param page 1-based page of a PDF, null for documents without pages
 * @param context text an extractor needs to read the passage but that is not part of it (a table row's
 * header line), or null; values found only in the context are not grounded
 */
public record Passage(int index, PassageKind kind, String text, int start, int end, Integer page, String context) {

	public Passage {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad passage offsets " + start + ".." + end);
		}
	}

	/** A stand-alone passage (no document around it): the whole text as one paragraph. */
	public static Passage of(String text) {
		return new Passage(0, PassageKind.PARAGRAPH, text, 0, text.length(), null, null);
	}

}
