package org.alloygan.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.data.Sample;
import org.alloygan.models.regression.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

class ModelFilesTests {

	private static List<Sample> samples;

	private static SurrogateModel surrogate;

	private static GfaClassifier classifier;

	@BeforeAll
	static void train() {
		samples = Synthetic.samples(150, 1);
		surrogate = SurrogateModel.train(samples, EnumSet.of(Target.TG, Target.TRG), Synthetic.regressionOptions(),
				Map.of("datasetVersion", "test-1"));
		classifier = GfaClassifier.train(samples, Synthetic.gfaOptions(), Map.of("datasetVersion", "test-1"));
	}

	@Test
	void savedAndLoadedModelsPredictExactlyTheSame(@TempDir Path dir) throws Exception {
		String surrogateSha = ModelFiles.save(surrogate.withMetrics(Map.of("r2.Tg", 0.9)), dir.resolve("s"));
		String classifierSha = ModelFiles.save(classifier, dir.resolve("c"));
		assertThat(surrogateSha).hasSize(64).isEqualTo(ModelFiles.sha256(dir.resolve("s")));

		SurrogateModel loaded = ModelFiles.loadSurrogate(dir.resolve("s"), surrogateSha);
		GfaClassifier loadedClassifier = ModelFiles.loadClassifier(dir.resolve("c"), classifierSha);
		assertThat(loaded.info()).isEqualTo(surrogate.info().withMetrics(Map.of("r2.Tg", 0.9)));
		assertThat(loaded.info().provenance()).containsEntry("datasetVersion", "test-1");
		assertThat(loadedClassifier.info()).isEqualTo(classifier.info());

		List<Composition> compositions = samples.stream().map(Sample::composition).toList();
		List<Prediction> before = new Predictor(surrogate, classifier, 1).predict(compositions);
		List<Prediction> after = new Predictor(loaded, loadedClassifier, 1).predict(compositions);
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aChangedTreeFileIsDetected(@TempDir Path dir) throws Exception {
		String sha = ModelFiles.save(surrogate, dir);
		Path tree = dir.resolve("Tg.ubj");
		byte[] bytes = Files.readAllBytes(tree);
		bytes[bytes.length / 2] ^= 1;
		Files.write(tree, bytes);
		assertThatExceptionOfType(ModelIntegrityException.class).isThrownBy(() -> ModelFiles.loadSurrogate(dir, sha))
			.withMessageContaining("Tg.ubj")
			.withMessageContaining("damaged or was replaced");
	}

	@Test
	void aChangedManifestIsDetectedByTheArtifactHash(@TempDir Path dir) throws Exception {
		String sha = ModelFiles.save(surrogate, dir);
		Path manifest = dir.resolve(ModelFiles.MANIFEST);
		Files.writeString(manifest, Files.readString(manifest).replace("\"intervalLevel\" : \"0.9\"",
				"\"intervalLevel\" : \"0.5\""));
		assertThatExceptionOfType(ModelIntegrityException.class).isThrownBy(() -> ModelFiles.loadSurrogate(dir, sha))
			.withMessageContaining("changed after it was registered");
	}

	@Test
	void aModelOfTheOtherKindIsRefused(@TempDir Path dir) throws Exception {
		ModelFiles.save(classifier, dir);
		assertThatExceptionOfType(ModelIntegrityException.class).isThrownBy(() -> ModelFiles.loadSurrogate(dir, null))
			.withMessageContaining("a 'classifier' model, expected 'surrogate'");
	}

	@Test
	void aDirectoryIsWrittenOnce(@TempDir Path dir) throws Exception {
		ModelFiles.save(classifier, dir);
		assertThatIOException().isThrownBy(() -> ModelFiles.save(classifier, dir)).withMessageContaining("not empty");
	}

	@Test
	void trainingIsDeterministicDownToTheArtifactHash(@TempDir Path dir) throws Exception {
		// another thread count must not change the result either
		SurrogateModel again = SurrogateModel.train(samples, EnumSet.of(Target.TG, Target.TRG),
				Synthetic.regressionOptions().withThreads(1), Map.of("datasetVersion", "test-1"));
		assertThat(ModelFiles.save(again, dir.resolve("a"))).isEqualTo(ModelFiles.save(surrogate, dir.resolve("b")));
		GfaClassifier classifierAgain = GfaClassifier.train(samples, Synthetic.gfaOptions().withThreads(1),
				Map.of("datasetVersion", "test-1"));
		assertThat(ModelFiles.save(classifierAgain, dir.resolve("c")))
			.isEqualTo(ModelFiles.save(classifier, dir.resolve("d")));
	}

}
