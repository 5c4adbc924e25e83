package org.alloygan.engines;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTests {

	@TempDir
	Path home;

	@Test
	void startsAKraftBrokerThatAnswersAndStopsCleanly() {
		KafkaBroker broker = KafkaBroker.start(this.home, FreePorts.next(), FreePorts.next());
		try {
			assertThat(KafkaBroker.answers(broker.bootstrapServers())).isTrue();
		}
		finally {
			broker.close();
		}
		assertThat(broker.isRunning()).isFalse();
		assertThat(KafkaBroker.answers(broker.bootstrapServers())).isFalse();
	}

}
