package org.alloygan.extraction.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits prose into sentences without breaking at decimals, {@code at.%}, {@code Fig. 2} or {@code et al.}. */
final class Sentences {

	private static final Set<String> ABBREVIATIONS = Set.of("fig", "figs", "ref", "refs", "eq", "eqs", "al", "e.g",
			"i.e", "ca", "approx", "vs", "no", "nos", "tab", "resp", "cf", "viz", "vol", "pp", "et", "etc", "ed",
			"eds", "max", "min", "exp", "sect", "sec", "ch", "dr", "prof");

	private Sentences() {
	}

	/** [start, end) of each sentence, covering the text. */
	static List<int[]> split(String text) {
		List<int[]> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean boundary = false;
			int next = i + 1;
			if (c == '.' || c == '!' || c == '?') {
				int k = next;
				while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
					k++;
				}
				boolean spaced = k > next;
				if (k >= text.length()) {
					boundary = true;
				}
				else if (spaced && startsSentence(text.charAt(k)) && !(c == '.' && abbreviation(text, i))) {
					boundary = true;
				}
			}
			else if (c == '\n' && next < text.length() && blankLineAhead(text, next)) {
				boundary = true;
			}
			if (boundary) {
				sentences.add(new int[] { start, next });
				start = next;
			}
		}
		if (start < text.length()) {
			sentences.add(new int[] { start, text.length() });
		}
		return sentences;
	}

	private static boolean startsSentence(char c) {
		return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '[' || c == '\u0394'
				|| c == '\u2206' || c == '"' || c == '\u201c';
	}

	private static boolean blankLineAhead(String text, int i) {
		while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i < text.length() && text.charAt(i) == '\n';
	}

	private static boolean abbreviation(String text, int dot) {
		int k = dot;
		while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
			k--;
		}
		String word = text.substring(k, dot);
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			// an initial ("A. Inoue"), unless it is a unit ending the sentence ("... 625 K. The")
			return !(word.equals("K") || word.equals("C"));
		}
		return ABBREVIATIONS.contains(word.toLowerCase());
	}

}
