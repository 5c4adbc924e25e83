package org.alloygan.gan.design;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitPreferenceTests {

	@Test
	void readsTheWaitPreferenceAmongOthers() {
		assertThat(WaitPreference.of("wait=10")).contains(Duration.ofSeconds(10));
		assertThat(WaitPreference.of("respond-async, wait=5")).contains(Duration.ofSeconds(5));
		assertThat(WaitPreference.of("return=minimal; foo=bar, Wait = \"7\"")).contains(Duration.ofSeconds(7));
	}

	@Test
	void capsLongWaitsAndIgnoresWhatItCannotRead() {
		assertThat(WaitPreference.of("wait=3600")).contains(WaitPreference.MAX);
		assertThat(WaitPreference.of("wait=0")).isEmpty();
		assertThat(WaitPreference.of("wait=soon")).isEmpty();
		assertThat(WaitPreference.of("wait=-3")).isEmpty();
		assertThat(WaitPreference.of("respond-async")).isEmpty();
		assertThat(WaitPreference.of(null)).isEmpty();
	}

}
