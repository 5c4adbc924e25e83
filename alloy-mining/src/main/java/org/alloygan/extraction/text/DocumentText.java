package org.alloygan.extraction.text;

import java.util.List;
import java.util.Objects;

/**
 * The text of a document and where its pages start in it.
 *
 * @param text the whole text; passages are substrings of it
 * @param pageStarts offset at which each page begins (page 1 first); empty for documents without pages
 */
public record DocumentText(String text, List<Integer> pageStarts) {

	public DocumentText {
		Objects.requireNonNull(text, "text");
		pageStarts = List.copyOf(pageStarts);
	}

	public static DocumentText plain(String text) {
		return new DocumentText(text.replace("\r\n", "\n").replace('\r', '\n'), List.of());
	}

	public int pageCount() {
		return this.pageStarts.size();
	}

	/** The 1-based page holding {@code offset}, or null for documents without pages. */
	public Integer pageOf(int offset) {
		if (this.pageStarts.isEmpty()) {
			return null;
		}
		int page = 1;
		for (int i = 0; i < this.pageStarts.size(); i++) {
			if (this.pageStarts.get(i) <= offset) {
				page = i + 1;
			}
		}
		return page;
	}

}
