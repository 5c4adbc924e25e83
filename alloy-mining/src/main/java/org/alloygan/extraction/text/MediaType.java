package org.alloygan.extraction.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The document formats that can be mined, told apart by content first and by name or declared type second. */
public enum MediaType {

	PDF("application/pdf"), HTML("text/html"), TEXT("text/plain");

	private final String mime;

	MediaType(String mime) {
		this.mime = mime;
	}

	public String mime() {
		return this.mime;
	}

	/**
	 * @param fileName the uploaded file's name, may be null
	 * @param declared the declared content type, may be null
	 * @throws IllegalArgumentException for binary content that is not a PDF
	 */
	public static MediaType detect(String fileName, String declared, byte[] content) {
		if (content.length >= 5 && new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
			return PDF;
		}
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		String type = (declared != null) ? declared.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".pdf") || type.startsWith("application/pdf")) {
			throw new IllegalArgumentException("the file is declared as PDF but does not start with %PDF-");
		}
		for (int i = 0; i < Math.min(content.length, 8192); i++) {
			if (content[i] == 0) {
				throw new IllegalArgumentException("the file is binary but not a PDF; upload a PDF, HTML or plain-text document");
			}
		}
		String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8).strip()
			.toLowerCase(Locale.ROOT);
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || type.startsWith("text/html")
				|| type.startsWith("application/xhtml") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
			return HTML;
		}
		return TEXT;
	}

}
