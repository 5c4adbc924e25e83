package org.alloygan.mining.document;

/** A passage of a stored document, with its offsets into the document text. */
record PassageView(int index, String kind, Integer page, int start, int end, String text, String context) {
}
