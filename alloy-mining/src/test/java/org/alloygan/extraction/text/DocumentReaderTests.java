package org.alloygan.extraction.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageKind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTests {

	/** A PDF with one page per entry, each line of an entry a text line on the page. */
	static byte[] pdf(List<List<String>> pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (List<String> lines : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 10);
					content.setLeading(14);
					content.newLineAtOffset(50, 740);
					for (String line : lines) {
						if (line.isEmpty()) {
							content.newLineAtOffset(0, -14);
						}
						else {
							content.showText(line);
						}
						content.newLine();
					}
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void readsAPdfPageByPageAndSplitsTableRowsWithTheirHeader() throws IOException {
		byte[] pdf = pdf(List.of(List.of("Bulk metallic glasses in the Cu-Zr-Al system were cast as rods."),
				List.of("Table 1 Thermal properties at 20 K/min.", "Alloy Tg (K) Tx (K) Tl (K)",
						"Cu50Zr50 670 718 1226", "Cu46Zr46Al8 701 780 1163")));
		assertThat(MediaType.detect("paper.pdf", "application/pdf", pdf)).isEqualTo(MediaType.PDF);
		DocumentText text = DocumentReader.read(MediaType.PDF, pdf);
		assertThat(text.pageCount()).isEqualTo(2);
		List<Passage> passages = PassageSplitter.split(text);
		assertThat(passages).extracting(Passage::kind)
			.containsExactly(PassageKind.PARAGRAPH, PassageKind.CAPTION, PassageKind.TABLE_ROW, PassageKind.TABLE_ROW);
		Passage row = passages.get(3);
		assertThat(row.page()).isEqualTo(2);
		assertThat(row.text()).isEqualTo("Cu46Zr46Al8 701 780 1163");
		assertThat(text.text().substring(row.start(), row.end())).isEqualTo(row.text());
		assertThat(row.context()).isEqualTo("Alloy Tg (K) Tx (K) Tl (K)");
		assertThat(passages.get(0).page()).isEqualTo(1);
	}

	@Test
	void readsHtmlParagraphsAndTables() {
		String html = """
				<html><body><h1>Results</h1><p>The Pd<sub>40</sub>Cu<sub>30</sub>Ni<sub>10</sub>P<sub>20</sub> glass
				has T<sub>g</sub> = 575 K.</p>
				<table><tr><th>Alloy</th><th>T<sub>g</sub> (K)</th><th>T<sub>x</sub> (K)</th></tr>
				<tr><td>Cu50Zr50</td><td>670</td><td>718</td></tr></table></body></html>""";
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		assertThat(MediaType.detect("page.html", null, bytes)).isEqualTo(MediaType.HTML);
		List<Passage> passages = PassageSplitter.split(DocumentReader.read(MediaType.HTML, bytes));
		assertThat(passages).extracting(Passage::text)
			.containsExactly("Results", "The Pd40Cu30Ni10P20 glass has Tg = 575 K.", "Cu50Zr50\t670\t718");
		assertThat(passages.get(2).context()).isEqualTo("Alloy\tTg (K)\tTx (K)");
	}

	@Test
	void splitsPlainTextIntoParagraphsWithOffsets() {
		String text = "First paragraph about Cu50Zr50.\nIt continues here.\n\n  Second paragraph.\n";
		List<Passage> passages = PassageSplitter.split(DocumentText.plain(text));
		assertThat(passages).extracting(Passage::text)
			.containsExactly("First paragraph about Cu50Zr50.\nIt continues here.", "Second paragraph.");
		assertThat(passages.get(1).start()).isEqualTo(text.indexOf("Second"));
		assertThat(passages.get(1).page()).isNull();
	}

	@Test
	void rejectsBinariesThatAreNotPdfs() {
		assertThatThrownBy(() -> MediaType.detect("x.bin", null, new byte[] { 1, 0, 2 }))
			.hasMessageContaining("binary");
		assertThatThrownBy(() -> MediaType.detect("x.pdf", "application/pdf", "hello".getBytes()))
			.hasMessageContaining("%PDF-");
		assertThatThrownBy(() -> DocumentReader.read(MediaType.PDF, "%PDF-1.7 garbage".getBytes()))
			.hasMessageContaining("the PDF cannot be read");
	}

}
