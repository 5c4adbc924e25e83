package org.alloygan.local.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What {@code ./alloygan demo} imports: --data, else the shared MMG set, else the curated set in the jar. */
class DemoDatasetChoiceTests {

	@TempDir
	Path dir;

	@Test
	void aGivenFileWinsEvenWhenTheSharedSetIsThere() throws IOException {
		Path shared = sharedWithMmg();
		Path data = Files.writeString(this.dir.resolve("mine.csv"), "composition,Tg_K,Tx_K,Tl_K\nCu50Zr50,670,716,1233\n");
		DemoLoop.Dataset dataset = DemoCommand.dataset(data, shared);
		assertThat(dataset.fileName()).isEqualTo("mine.csv");
		assertThat(dataset.source()).isEqualTo(data.toString());
		assertThat(new String(dataset.content(), StandardCharsets.UTF_8)).contains("Cu50Zr50");
	}

	@Test
	void aGivenFileThatDoesNotExistIsAnError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DemoCommand.dataset(this.dir.resolve("missing.csv"), this.dir))
			.withMessageContaining("is not a file");
	}

	@Test
	void withoutDataTheSharedMmgSetIsImportedWhenPresent() throws IOException {
		Path shared = sharedWithMmg();
		DemoLoop.Dataset dataset = DemoCommand.dataset(null, shared);
		assertThat(dataset.fileName()).isEqualTo("mmg_tg_tx_tl.csv");
		assertThat(dataset.source()).endsWith("mmg_tg_tx_tl.csv");
		assertThat(new String(dataset.content(), StandardCharsets.UTF_8)).startsWith("Cu,Zr,T_g");
	}

	@Test
	void withoutDataOrSharedSetTheCuratedSetIsImported() {
		DemoLoop.Dataset dataset = DemoCommand.dataset(null, this.dir.resolve("no-shared-data-here"));
		assertThat(dataset.fileName()).isEqualTo("curated_tg_tx_tl.csv");
		assertThat(dataset.source()).contains("shipped with AlloyGAN");
		assertThat(new String(dataset.content(), StandardCharsets.UTF_8))
			.startsWith("composition,Tg_K,Tx_K,Tl_K,reference,doi,source\n");
	}

	private Path sharedWithMmg() throws IOException {
		Path shared = this.dir.resolve("shared").resolve("data");
		Files.createDirectories(shared.resolve("glasses"));
		Files.writeString(shared.resolve("glasses").resolve("mmg_tg_tx_tl.csv"), "Cu,Zr,T_g,T_x,T_l\n50,50,670,716,1233\n");
		return shared;
	}

}
