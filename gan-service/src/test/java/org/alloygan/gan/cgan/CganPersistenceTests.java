package org.alloygan.gan.cgan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CganPersistenceTests {

	private static TrainingResult trained;

	@TempDir
	Path dir;

	@BeforeAll
	static void train() {
		trained = CganTrainer.train(TrainingSet.of(TestData.synthetic(300, 1)), TrainingSet.of(TestData.synthetic(60, 2)),
				TestData.small(20), ModelKind.CGAN, 5, "cpu", ProgressListener.NONE);
	}

	@AfterAll
	static void close() {
		trained.close();
	}

	@Test
	void aSavedModelLoadsAndGeneratesTheSameCandidates() throws IOException {
		SavedModel saved = trained.model().save(this.dir);
		assertThat(this.dir.resolve("generator-0000.params")).isRegularFile();
		assertThat(this.dir.resolve("cgan.json")).isRegularFile();
		assertThat(this.dir.resolve("SHA256SUMS")).content()
			.contains(saved.sha256().get("generator-0000.params") + "  generator-0000.params");
		assertThat(saved.artifactSha256()).hasSize(64);
		Target target = Target.temperatures(650.0, 700.0, 1040.0);
		try (CganModel loaded = CganModel.load(this.dir, "cpu")) {
			assertThat(loaded.metadata()).isEqualTo(trained.model().metadata());
			assertThat(loaded.artifactSha256()).isEqualTo(saved.artifactSha256());
			assertThat(loaded.generate(target, "Cu", 1000, 3).fractions())
				.containsExactly(trained.model().generate(target, "Cu", 1000, 3).fractions());
		}
	}

	@Test
	void savingTwiceGivesTheSameArtifact() throws IOException {
		SavedModel first = trained.model().save(this.dir.resolve("a"));
		SavedModel second = trained.model().save(this.dir.resolve("b"));
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(trained.model().save(this.dir.resolve("a")).sha256()).isEqualTo(first.sha256());
		assertThat(this.dir.resolve("a")).isDirectoryNotContaining("glob:**/generator-0001.params");
	}

	@Test
	void aCorruptByteIsDetected() throws IOException {
		trained.model().save(this.dir);
		Path weights = this.dir.resolve("generator-0000.params");
		byte[] bytes = Files.readAllBytes(weights);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(weights, bytes);
		assertThatExceptionOfType(ModelArtifactException.class).isThrownBy(() -> CganModel.load(this.dir, "cpu"))
			.withMessageContaining("checksum mismatch")
			.withMessageContaining("generator-0000.params");
	}

	@Test
	void aMissingFileIsReported() throws IOException {
		trained.model().save(this.dir);
		Files.delete(this.dir.resolve("cgan.json"));
		assertThatExceptionOfType(ModelArtifactException.class).isThrownBy(() -> CganModel.load(this.dir, "cpu"))
			.withMessageContaining("missing")
			.withMessageContaining("cgan.json");
		assertThatExceptionOfType(ModelArtifactException.class)
			.isThrownBy(() -> CganModel.load(this.dir.resolve("nowhere"), "cpu"))
			.withMessageContaining("SHA256SUMS");
	}

	@Test
	void aManifestWithoutTheWeightsIsRejected() throws IOException {
		trained.model().save(this.dir);
		Files.writeString(this.dir.resolve("SHA256SUMS"),
				ModelArtifacts.sha256(this.dir.resolve("cgan.json")) + "  cgan.json\n");
		assertThatExceptionOfType(ModelArtifactException.class).isThrownBy(() -> CganModel.load(this.dir, "cpu"))
			.withMessageContaining("does not list generator-0000.params");
	}

}
