package org.alloygan.extraction.llm;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alloygan.extraction.TokenUsage;

/**
 * One call to an OpenAI-compatible {@code POST /v1/chat/completions} (OpenAI, vLLM, Ollama, llama.cpp
 * server, DeepSeek all speak it) with the JDK HttpClient. No retries here: {@link LlmExtractor} decides.
 */
final class ChatClient {

	/** A message of the conversation. */
	record Message(String role, String content) {
	}

	/** The model's answer and what it cost. */
	record Reply(String content, TokenUsage usage) {
	}

	private final LlmSettings settings;

	private final HttpClient http;

	private final ObjectMapper json;

	ChatClient(LlmSettings settings, ObjectMapper json) {
		this.settings = settings;
		this.json = json;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	Reply complete(List<Message> messages) {
		ObjectNode body = this.json.createObjectNode();
		body.put("model", this.settings.model());
		body.put("temperature", 0);
		ArrayNode array = body.putArray("messages");
		messages.forEach((message) -> array.addObject().put("role", message.role()).put("content", message.content()));
		if (this.settings.jsonMode()) {
			body.putObject("response_format").put("type", "json_object");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(this.settings.chatCompletions())
			.timeout(this.settings.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		if (this.settings.apiKey() != null && !this.settings.apiKey().isBlank()) {
			request.header("Authorization", "Bearer " + this.settings.apiKey());
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException ex) {
			throw new LlmException("no answer within " + this.settings.timeout().toMillis() + " ms", true, null, ex);
		}
		catch (IOException ex) {
			throw new LlmException("cannot reach " + this.settings.chatCompletions() + ": " + ex, true, null, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LlmException("interrupted", false, null, ex);
		}
		int status = response.statusCode();
		if (status != 200) {
			boolean retryable = status == 429 || status == 408 || status >= 500;
			throw new LlmException("HTTP " + status + " from " + this.settings.chatCompletions() + ": "
					+ abbreviate(response.body()), retryable, retryAfter(response), null);
		}
		try {
			JsonNode root = this.json.readTree(response.body());
			JsonNode content = root.path("choices").path(0).path("message").path("content");
			if (!content.isTextual()) {
				throw new LlmException("the reply has no choices[0].message.content: " + abbreviate(response.body()),
						false, null, null);
			}
			JsonNode usage = root.path("usage");
			return new Reply(content.asText(), new TokenUsage(1, usage.path("prompt_tokens").asLong(0),
					usage.path("completion_tokens").asLong(0)));
		}
		catch (IOException ex) {
			throw new LlmException("the server's response is not JSON: " + abbreviate(response.body()), false, null,
					ex);
		}
	}

	private static Duration retryAfter(HttpResponse<?> response) {
		return response.headers().firstValue("Retry-After").map((value) -> {
			try {
				return Duration.ofMillis((long) (Double.parseDouble(value.strip()) * 1000));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}).orElse(null);
	}

	static String abbreviate(String text) {
		return (text == null) ? "" : (text.length() <= 500) ? text : text.substring(0, 500) + "...";
	}

}
