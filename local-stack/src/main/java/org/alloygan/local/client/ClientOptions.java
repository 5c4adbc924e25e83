package org.alloygan.local.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.alloygan.local.stack.StackLayout;
import picocli.CommandLine.Option;

/**
 * Where the gateway is and which key to use, shared by every client command. The URL comes from
 * {@code --url}, else {@code $ALLOYGAN_URL}, else {@code http://localhost:8080}; the key from
 * {@code --key}, else {@code $ALLOYGAN_API_KEY}, else the admin key the local stack wrote to its data
 * folder ({@code ./.alloygan/admin-api-key}, or under {@code --data-dir} / {@code $ALLOYGAN_DATA}).
 */
public class ClientOptions {

	static final String KEY_FILE = "admin-api-key";

	@Option(names = "--url", description = "Gateway URL (default: $ALLOYGAN_URL or http://localhost:8080).")
	String url;

	@Option(names = "--key", description = "API key (default: $ALLOYGAN_API_KEY, else the local stack's admin key "
			+ "in <data dir>/admin-api-key).")
	String key;

	@Option(names = "--data-dir", description = "Local stack data folder to take the admin key from "
			+ "(default: $ALLOYGAN_DATA or ./.alloygan).")
	Path dataDir;

	@Option(names = "--json", description = "Print the API's JSON instead of tables (for scripts).")
	boolean json;

	/** The environment; replaced in tests. */
	Function<String, String> env = System::getenv;

	String resolveUrl() {
		String chosen = firstNonBlank(this.url, this.env.apply("ALLOYGAN_URL"), "http://localhost:8080");
		return chosen.endsWith("/") ? chosen.substring(0, chosen.length() - 1) : chosen;
	}

	String resolveKey() {
		String chosen = firstNonBlank(this.key, this.env.apply("ALLOYGAN_API_KEY"));
		if (chosen != null) {
			return chosen.trim();
		}
		Path file = keyFile();
		if (Files.isReadable(file)) {
			try {
				String stored = Files.readString(file).trim();
				if (!stored.isEmpty()) {
					return stored;
				}
			}
			catch (IOException ex) {
				throw new ClientException("cannot read the API key from " + file + ": " + ex.getMessage(),
						ClientException.USAGE);
			}
		}
		throw new ClientException("no API key: pass --key, set ALLOYGAN_API_KEY, or start the local stack "
				+ "(./alloygan up), which writes its admin key to " + file, ClientException.USAGE);
	}

	Path keyFile() {
		Path dir = this.dataDir;
		if (dir == null) {
			String data = this.env.apply("ALLOYGAN_DATA");
			dir = (data != null && !data.isBlank()) ? Path.of(data) : StackLayout.of(null).dataDir();
		}
		return dir.resolve(KEY_FILE);
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
