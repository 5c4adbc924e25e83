package org.alloygan.local.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

final class Query {

	private Query() {
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
