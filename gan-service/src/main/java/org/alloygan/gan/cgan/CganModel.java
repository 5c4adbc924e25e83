package org.alloygan.gan.cgan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.alloygan.core.composition.Composition;

/**
 * A trained generator with everything needed to use it: sampling for a (partial) target, post
 * processing, saving and loading. Each call to {@link #generate} works in its own NDManager, so
 * one instance can serve concurrent requests; close it to free the native weights.
 */
public final class CganModel implements AutoCloseable {

	/** Rows per forward pass: large enough to amortise the JNI calls, small enough for caches. */
	static final int GENERATION_BATCH = 4096;

	/** Rows per parallel chunk of rounding: a design's round of a few thousand candidates splits between cores. */
	static final int ROUNDING_CHUNK = 1024;

	static final String WEIGHTS_PREFIX = "generator";

	static final String WEIGHTS_FILE = WEIGHTS_PREFIX + "-0000.params";

	static final String METADATA_FILE = "cgan.json";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private final GeneratorNet net;

	private final ModelMetadata metadata;

	private final String artifactSha256;

	CganModel(GeneratorNet net, ModelMetadata metadata, String artifactSha256) {
		this.net = net;
		this.metadata = metadata;
		this.artifactSha256 = artifactSha256;
		// Inference never needs gradients; frozen weights keep PyTorch from recording a graph on
		// threads where autograd is on by default.
		net.model().getBlock().freezeParameters(true);
	}

	public ModelMetadata metadata() {
		return this.metadata;
	}

	public ModelKind kind() {
		return this.metadata.kind();
	}

	public List<String> vocabulary() {
		return this.metadata.vocabulary();
	}

	/** SHA-256 of the artifact manifest once saved or loaded, {@code null} for a fresh model. */
	public String artifactSha256() {
		return this.artifactSha256;
	}

	/**
	 * Raw candidates for a target (any subset of values, derived criteria filled in where
	 * computable) and optional family; the same seed gives the same candidates.
	 * <p>
	 * Batches run in parallel on the common fork-join pool. Each batch draws its noise from its
	 * own generator, split from {@code seed} in batch order, so the result does not depend on
	 * which thread ran which batch. Best with PyTorch's intra-op threads at 1
	 * ({@code -Dai.djl.pytorch.num_threads=1}): batches then use the cores instead of competing
	 * for them.
	 * @throws IllegalArgumentException when an unconditional model is given a target or family
	 */
	public RawCandidates generate(Target target, String family, int count, long seed) {
		if (!kind().conditional() && (!target.isEmpty() || family != null)) {
			throw new IllegalArgumentException(kind() + " is unconditional; request without target and family");
		}
		float[] condition = kind().conditional() ? this.metadata.conditioning().encode(target, family) : null;
		int vocabulary = vocabulary().size();
		int properties = kind().generatedProperties();
		float[] fractions = new float[Math.multiplyExact(count, vocabulary)];
		float[] propertiesK = new float[count * properties];
		SplittableRandom root = new SplittableRandom(seed);
		SplittableRandom[] streams = new SplittableRandom[(count + GENERATION_BATCH - 1) / GENERATION_BATCH];
		for (int b = 0; b < streams.length; b++) {
			streams[b] = root.split();
		}
		IntStream.range(0, streams.length).parallel().forEach((b) -> {
			int start = b * GENERATION_BATCH;
			int rows = Math.min(GENERATION_BATCH, count - start);
			float[] noise = Noise.uniform(streams[b], rows * this.net.noiseDim());
			if (properties == 0) {
				this.net.sample(noise, condition, rows, fractions, start * vocabulary);
			}
			else {
				float[] out = new float[rows * this.net.outputWidth()];
				this.net.sample(noise, condition, rows, out, 0);
				split(out, rows, start, fractions, propertiesK);
			}
		});
		return new RawCandidates(vocabulary(), count, fractions, propertiesK);
	}

	/** Splits GAN+ output rows into fractions and de-standardised temperatures. */
	private void split(float[] out, int rows, int start, float[] fractions, float[] propertiesK) {
		int vocabulary = vocabulary().size();
		int properties = kind().generatedProperties();
		Conditioning conditioning = this.metadata.conditioning();
		int width = this.net.outputWidth();
		for (int r = 0; r < rows; r++) {
			System.arraycopy(out, r * width, fractions, (start + r) * vocabulary, vocabulary);
			for (int k = 0; k < properties; k++) {
				propertiesK[(start + r) * properties + k] = (float) (out[r * width + vocabulary + k]
						* conditioning.std().get(k) + conditioning.mean().get(k));
			}
		}
	}

	/**
	 * {@link #generate} then {@link Compositions.Rounder} for each candidate, in order; null for a row
	 * with nothing left after rounding.
	 */
	public List<Composition> candidates(Target target, String family, int count, long seed, double minAtomicPercent) {
		RawCandidates raw = generate(target, family, count, seed);
		String[] vocabulary = vocabulary().toArray(new String[0]);
		int width = vocabulary.length;
		// rounded in parallel chunks (a Rounder each: it keeps scratch arrays), then joined in row order
		Composition[] out = new Composition[count];
		int chunks = (count + ROUNDING_CHUNK - 1) / ROUNDING_CHUNK;
		IntStream.range(0, chunks).parallel().forEach((c) -> {
			Compositions.Rounder rounder = new Compositions.Rounder(vocabulary, minAtomicPercent);
			for (int i = c * ROUNDING_CHUNK; i < Math.min(count, (c + 1) * ROUNDING_CHUNK); i++) {
				out[i] = rounder.composition(raw.fractions(), i * width);
			}
		});
		return Arrays.asList(out);
	}

	/**
	 * Writes {@value #WEIGHTS_FILE} (DJL parameters), {@value #METADATA_FILE} and the checksum
	 * manifest into {@code directory}, replacing earlier files of those names.
	 */
	public SavedModel save(Path directory) throws IOException {
		Files.createDirectories(directory);
		Model model = this.net.model();
		// A fixed epoch keeps the file name stable; DJL would otherwise count up per save.
		model.setProperty("Epoch", "0");
		model.save(directory, WEIGHTS_PREFIX);
		JSON.writeValue(directory.resolve(METADATA_FILE).toFile(), this.metadata);
		return ModelArtifacts.seal(directory, List.of(WEIGHTS_FILE, METADATA_FILE));
	}

	/**
	 * Loads a model saved by {@link #save} after verifying every checksum.
	 * @param device {@code auto}, {@code cpu} or {@code gpu}
	 * @throws ModelArtifactException when a file is missing, corrupt or unreadable
	 */
	public static CganModel load(Path directory, String device) {
		SavedModel saved = ModelArtifacts.verify(directory, List.of(WEIGHTS_FILE, METADATA_FILE));
		ModelMetadata metadata;
		try {
			metadata = JSON.readValue(directory.resolve(METADATA_FILE).toFile(), ModelMetadata.class);
		}
		catch (IOException ex) {
			throw new ModelArtifactException("unreadable " + directory.resolve(METADATA_FILE), ex);
		}
		if (metadata.formatVersion() != ModelMetadata.FORMAT_VERSION) {
			throw new ModelArtifactException("unsupported model format " + metadata.formatVersion() + " in " + directory);
		}
		GeneratorNet net = newGenerator(metadata, Model.newInstance(WEIGHTS_PREFIX, Devices.parse(device), "PyTorch"));
		try {
			net.model().setBlock(Networks.mlp(metadata.hyperparameters().generatorHidden(), net.outputWidth()));
			net.model().load(directory, WEIGHTS_PREFIX);
		}
		catch (IOException | MalformedModelException | RuntimeException ex) {
			net.close();
			throw new ModelArtifactException("cannot load generator weights from " + directory, ex);
		}
		return new CganModel(net, metadata, saved.artifactSha256());
	}

	/** Wraps a model (weights set or to be loaded) with the shapes the metadata implies. */
	static GeneratorNet newGenerator(ModelMetadata metadata, Model model) {
		int conditionWidth = metadata.kind().conditional() ? metadata.conditioning().width() : 0;
		return new GeneratorNet(model, metadata.hyperparameters().noiseDim(), conditionWidth,
				metadata.vocabulary().size(), metadata.kind().generatedProperties());
	}

	@Override
	public void close() {
		this.net.close();
	}

}
