package org.alloygan.gan.design;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code wait} preference of an HTTP {@code Prefer} header (RFC 7240, section 4.3): how long a client is willing
 * to wait for a design to finish within one request, instead of polling for it. Preferences other than
 * {@code wait}, and a {@code wait} that is not a number of seconds, are ignored, as the RFC asks of a server.
 */
final class WaitPreference {

	/** The longest a request is held, whatever the client asks: a held request holds a thread here and in the gateway. */
	static final Duration MAX = Duration.ofSeconds(60);

	private WaitPreference() {
	}

	/** The wait asked for, capped at {@link #MAX}; empty when the header asks for none (or for 0 seconds). */
	static Optional<Duration> of(String prefer) {
		if (prefer == null) {
			return Optional.empty();
		}
		for (String preference : prefer.split(",")) {
			String token = preference.split(";", 2)[0].trim();
			int equals = token.indexOf('=');
			if (equals < 0 || !token.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("wait")) {
				continue;
			}
			String value = token.substring(equals + 1).trim().replace("\"", "");
			if (!value.matches("\\d{1,9}")) {
				return Optional.empty();
			}
			long seconds = Long.parseLong(value);
			return (seconds == 0) ? Optional.empty()
					: Optional.of(Duration.ofSeconds(Math.min(seconds, MAX.toSeconds())));
		}
		return Optional.empty();
	}

}
