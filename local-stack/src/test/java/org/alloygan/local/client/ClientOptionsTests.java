package org.alloygan.local.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the client takes the gateway URL and the key from, in order. */
class ClientOptionsTests {

	@Test
	void theUrlComesFromTheFlagThenTheEnvironmentThenTheDefault() {
		ClientOptions options = options(Map.of("ALLOYGAN_URL", "http://gw.example:9000/"));
		assertThat(options.resolveUrl()).isEqualTo("http://gw.example:9000");
		options.url = "http://localhost:18080";
		assertThat(options.resolveUrl()).isEqualTo("http://localhost:18080");
		assertThat(options(Map.of()).resolveUrl()).isEqualTo("http://localhost:8080");
	}

	@Test
	void theKeyComesFromTheFlagThenTheEnvironmentThenTheStacksKeyFile(@TempDir Path data) throws Exception {
		Files.writeString(data.resolve("admin-api-key"), "agk_fromTheFile\n");
		ClientOptions options = options(Map.of("ALLOYGAN_DATA", data.toString()));
		assertThat(options.resolveKey()).isEqualTo("agk_fromTheFile");

		options = options(Map.of("ALLOYGAN_DATA", data.toString(), "ALLOYGAN_API_KEY", "agk_fromTheEnvironment"));
		assertThat(options.resolveKey()).isEqualTo("agk_fromTheEnvironment");

		options.key = "agk_fromTheFlag";
		assertThat(options.resolveKey()).isEqualTo("agk_fromTheFlag");
	}

	@Test
	void theDataDirFlagPointsAtAnotherStack(@TempDir Path data) throws Exception {
		Files.writeString(data.resolve("admin-api-key"), "agk_other");
		ClientOptions options = options(Map.of());
		options.dataDir = data;
		assertThat(options.resolveKey()).isEqualTo("agk_other");
	}

	@Test
	void withoutAnyKeyTheMessageSaysWhereOneWouldCome(@TempDir Path empty) {
		ClientOptions options = options(Map.of("ALLOYGAN_DATA", empty.toString()));
		assertThatThrownBy(options::resolveKey).isInstanceOf(ClientException.class)
			.hasMessageContaining("--key")
			.hasMessageContaining("ALLOYGAN_API_KEY")
			.hasMessageContaining(empty.resolve("admin-api-key").toString());
	}

	private static ClientOptions options(Map<String, String> env) {
		ClientOptions options = new ClientOptions();
		options.env = env::get;
		return options;
	}

}
