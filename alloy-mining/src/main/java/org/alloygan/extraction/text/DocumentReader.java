package org.alloygan.extraction.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a document's bytes into {@link DocumentText}. PDFs go through Apache PDFBox one page at a time, so
 * every passage knows its page; text is sorted by position so table rows come out as lines. HTML goes
 * through jsoup with block elements as paragraphs and table rows as tab-separated lines.
 */
public final class DocumentReader {

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5",
			"h6", "li", "ul", "ol", "table", "caption", "figcaption", "figure", "blockquote", "pre", "header",
			"footer", "title", "dd", "dt", "thead", "tbody", "main", "aside");

	private DocumentReader() {
	}

	/**
	 * @throws IllegalArgumentException when the content is not a readable document of that type
	 */
	public static DocumentText read(MediaType type, byte[] content) {
		return switch (type) {
			case PDF -> pdf(content);
			case HTML -> html(new String(content, StandardCharsets.UTF_8));
			case TEXT -> DocumentText.plain(new String(content, StandardCharsets.UTF_8));
		};
	}

	public static DocumentText pdf(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			stripper.setParagraphStart("\n");
			StringBuilder text = new StringBuilder();
			List<Integer> pageStarts = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				if (page > 1) {
					text.append("\n\n");
				}
				pageStarts.add(text.length());
				text.append(stripper.getText(document).replace("\r\n", "\n"));
			}
			return new DocumentText(text.toString(), pageStarts);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("the PDF cannot be read: " + ex.getMessage(), ex);
		}
	}

	public static DocumentText html(String html) {
		Element body = Jsoup.parse(html).body();
		StringBuilder text = new StringBuilder();
		body.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.text().replaceAll("\\s+", " "));
				}
				else if (node instanceof Element element) {
					String tag = element.normalName();
					if (BLOCKS.contains(tag)) {
						blankLine(text);
					}
					else if (tag.equals("br")) {
						text.append('\n');
					}
					else if (tag.equals("tr")) {
						newLine(text);
					}
					else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
						trimSpaces(text);
						text.append('\t');
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element) {
					String tag = element.normalName();
					if (BLOCKS.contains(tag)) {
						blankLine(text);
					}
					else if (tag.equals("tr")) {
						newLine(text);
					}
				}
			}
		});
		return new DocumentText(text.toString().strip(), List.of());
	}

	private static void trimSpaces(StringBuilder text) {
		while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
			text.setLength(text.length() - 1);
		}
	}

	private static void newLine(StringBuilder text) {
		trimSpaces(text);
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
	}

	private static void blankLine(StringBuilder text) {
		newLine(text);
		if (text.length() >= 2 && text.charAt(text.length() - 2) != '\n') {
			text.append('\n');
		}
	}

}
