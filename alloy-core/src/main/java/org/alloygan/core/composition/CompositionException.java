package org.alloygan.core.composition;

/**
 * A composition text that cannot be read, with the 0-based character position (UTF-16 index into
 * the original text) of the offending part so a user or a mining report can point at it.
 */
public class CompositionException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String input;

	private final int position;

	private final String reason;

	public CompositionException(String reason, String input, int position) {
		super(reason + " (at position " + position + " in \"" + input + "\")");
		this.reason = reason;
		this.input = input;
		this.position = position;
	}

	/** What is wrong, without the position and input. */
	public String reason() {
		return this.reason;
	}

	/** The text as given to the parser. */
	public String input() {
		return this.input;
	}

	/** 0-based index into {@link #input()} of the character where the problem is. */
	public int position() {
		return this.position;
	}

}
