package org.alloygan.extraction;

/**
 * What calls to a language model cost, as the server reported it.
 *
 * @param requests chat-completion requests answered (repairs included, failed attempts not)
 * @param promptTokens tokens sent
 * @param completionTokens tokens generated
 */
public record TokenUsage(long requests, long promptTokens, long completionTokens) {

	public static final TokenUsage NONE = new TokenUsage(0, 0, 0);

	public TokenUsage plus(TokenUsage other) {
		return new TokenUsage(this.requests + other.requests, this.promptTokens + other.promptTokens,
				this.completionTokens + other.completionTokens);
	}

	public long totalTokens() {
		return this.promptTokens + this.completionTokens;
	}

}
