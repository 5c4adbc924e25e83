/**
 * Document text: PDF (Apache PDFBox, page by page), HTML (jsoup, block structure kept, table rows as tab-separated
 * lines) and plain text read into one string with page offsets, then split into passages.
 */
package org.alloygan.extraction.text;
