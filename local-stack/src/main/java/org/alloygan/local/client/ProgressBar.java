package org.alloygan.local.client;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * The progress of a job on stderr: redrawn in place on a terminal, one line per change otherwise (logs,
 * pipes), so that stdout stays clean for the result.
 */
public final class ProgressBar {

	private static final int WIDTH = 30;

	private final PrintWriter err;

	private final boolean interactive;

	private String last;

	private int lastLength;

	ProgressBar(PrintWriter err, boolean interactive) {
		this.err = err;
		this.interactive = interactive;
	}

	void update(String state, double progress, String message) {
		String line = render(state, progress, message);
		if (Objects.equals(line, this.last)) {
			return;
		}
		if (this.interactive) {
			this.err.print("\r" + line + " ".repeat(Math.max(0, this.lastLength - line.length())));
		}
		else {
			this.err.println(line);
		}
		this.err.flush();
		this.last = line;
		this.lastLength = line.length();
	}

	void finish() {
		if (this.interactive && this.last != null) {
			this.err.println();
			this.err.flush();
		}
	}

	public static String render(String state, double progress, String message) {
		double clamped = Math.max(0, Math.min(1, progress));
		int filled = (int) Math.round(clamped * WIDTH);
		String text = (message == null) ? "" : message.replace('\n', ' ');
		if (text.length() > 60) {
			text = text.substring(0, 59) + "…";
		}
		return String.format("[%s%s] %3d%%  %-9s %s", "#".repeat(filled), "-".repeat(WIDTH - filled),
				Math.round(clamped * 100), state, text).stripTrailing();
	}

}
