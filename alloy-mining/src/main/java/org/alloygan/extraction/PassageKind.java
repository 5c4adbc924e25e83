package org.alloygan.extraction;

/** What part of a document a passage is; table rows carry their table's header as context. */
public enum PassageKind {

	PARAGRAPH, TABLE_ROW, CAPTION

}
