package org.alloygan.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageKind;
import org.alloygan.extraction.rules.RuleBasedExtractor;
import org.alloygan.extraction.rules.Terms;

/**
 * Splits document text into passages with their character offsets: paragraphs (blank-line separated),
 * captions ({@code Table 1.}, {@code Fig. 2}) and table rows. A row is a line that starts with an alloy and
 * goes on with mostly numbers; the line naming two or more properties just above the rows is their
 * header, carried as each row's context so the row can be read on its own. Long paragraphs are cut at
 * sentence ends so a passage stays a size a language model reads well.
 */
public final class PassageSplitter {

	/** Paragraphs longer than this are cut at a sentence end. */
	static final int MAX_PASSAGE = 3000;

	private static final Pattern CAPTION = Pattern
		.compile("(?i)^\\s*(?:table|tab\\.|fig\\.|figure|scheme)\\s*[0-9IVX]+[a-z]?\\s*[.:|\\-\u2013]?\\s");

	private PassageSplitter() {
	}

	private enum LineKind {

		BLANK, TEXT, CAPTION, HEADER, ROW

	}

	private record Line(int start, int end, LineKind kind) {
	}

	public static List<Passage> split(DocumentText document) {
		String text = document.text();
		List<Line> lines = classify(text);
		List<Passage> passages = new ArrayList<>();
		String header = null;
		int blockStart = -1;
		int blockEnd = -1;
		boolean caption = false;
		for (Line line : lines) {
			if (line.kind() == LineKind.TEXT && blockStart >= 0) {
				blockEnd = line.end();
				continue;
			}
			if (blockStart >= 0) {
				add(passages, document, blockStart, blockEnd, caption ? PassageKind.CAPTION : PassageKind.PARAGRAPH,
						null);
				blockStart = -1;
			}
			switch (line.kind()) {
				case TEXT, CAPTION -> {
					blockStart = line.start();
					blockEnd = line.end();
					caption = line.kind() == LineKind.CAPTION;
					header = null;
				}
				case HEADER -> header = text.substring(line.start(), line.end()).strip();
				case ROW -> add(passages, document, line.start(), line.end(), PassageKind.TABLE_ROW, header);
				case BLANK -> {
				}
			}
		}
		if (blockStart >= 0) {
			add(passages, document, blockStart, blockEnd, caption ? PassageKind.CAPTION : PassageKind.PARAGRAPH, null);
		}
		return passages;
	}

	private static List<Line> classify(String text) {
		List<Line> lines = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int newline = text.indexOf('\n', start);
			int end = (newline < 0) ? text.length() : newline;
			String line = text.substring(start, end);
			LineKind kind;
			if (line.isBlank()) {
				kind = LineKind.BLANK;
			}
			else if (RuleBasedExtractor.looksLikeTableRow(line)) {
				kind = LineKind.ROW;
			}
			else if (CAPTION.matcher(line).find()) {
				kind = LineKind.CAPTION;
			}
			else {
				kind = LineKind.TEXT;
			}
			lines.add(new Line(start, end, kind));
			if (newline < 0) {
				break;
			}
			start = newline + 1;
		}
		// a line naming two or more properties right above rows (blank lines aside) is their header
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (line.kind() == LineKind.TEXT || line.kind() == LineKind.CAPTION) {
				int next = i + 1;
				while (next < lines.size() && lines.get(next).kind() == LineKind.BLANK) {
					next++;
				}
				if (next < lines.size() && lines.get(next).kind() == LineKind.ROW
						&& Terms.find(text.substring(line.start(), line.end()), List.of()).size() >= 2) {
					lines.set(i, new Line(line.start(), line.end(), LineKind.HEADER));
				}
			}
		}
		return lines;
	}

	private static void add(List<Passage> passages, DocumentText document, int start, int end, PassageKind kind,
			String context) {
		String text = document.text();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (start >= end) {
			return;
		}
		while (end - start > MAX_PASSAGE) {
			int cut = sentenceEnd(text, start, start + MAX_PASSAGE);
			passages.add(new Passage(passages.size(), kind, text.substring(start, cut), start, cut,
					document.pageOf(start), context));
			start = cut;
			while (start < end && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
		}
		passages.add(new Passage(passages.size(), kind, text.substring(start, end), start, end, document.pageOf(start),
				context));
	}

	/** The last ". " before {@code limit}, or {@code limit} when there is none. */
	private static int sentenceEnd(String text, int start, int limit) {
		for (int i = limit - 1; i > start + MAX_PASSAGE / 2; i--) {
			if (text.charAt(i) == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
				return i + 1;
			}
		}
		return limit;
	}

}
