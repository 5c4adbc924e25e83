package org.alloygan.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.alloygan.models.booster.TreeModel;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.gfa.GfaModel;
import org.alloygan.models.regression.Calibration;
import org.alloygan.models.regression.RegressionModel;
import org.alloygan.models.regression.Target;

/**
 * Saves models to a directory and loads them back, verified.
 *
 * <p>
 * A model directory holds one XGBoost file (UBJSON) per tree model and {@value #MANIFEST}: the format, the
 * {@link ModelInfo}, each tree model's file name and SHA-256 and each regressor's interval calibration. The
 * <em>artifact hash</em> is the SHA-256 of the manifest bytes; since the manifest lists the hash of every other file,
 * it covers the whole directory, and the registry needs to store only that one value. The manifest has no timestamp
 * and sorted keys, so training the same data with the same options gives the same artifact hash.
 */
public final class ModelFiles {

	/** Name of the manifest file in a model directory. */
	public static final String MANIFEST = "manifest.json";

	/** Version of the directory layout. */
	static final int FORMAT = 1;

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ModelFiles() {
	}

	/**
	 * Writes the surrogate to {@code directory} (created if needed; must not already hold a model).
	 * @return the artifact hash (hex SHA-256 of the manifest)
	 */
	public static String save(SurrogateModel model, Path directory) throws IOException {
		List<Entry> entries = new ArrayList<>();
		for (RegressionModel regressor : model.regressors().values()) {
			entries.add(new Entry(regressor.target().label(), regressor.target().label() + ".ubj", null,
					regressor.trees().objective(), regressor.trainingRows(), regressor.calibration()));
		}
		return write(directory, model.info(), entries,
				model.regressors().values().stream().map((r) -> r.trees().bytes()).toList());
	}

	/**
	 * Writes the classifier to {@code directory} (created if needed; must not already hold a model).
	 * @return the artifact hash (hex SHA-256 of the manifest)
	 */
	public static String save(GfaClassifier classifier, Path directory) throws IOException {
		Entry entry = new Entry("gfa", "gfa.ubj", null, classifier.model().trees().objective(),
				classifier.model().trainingAlloys(), null);
		return write(directory, classifier.info(), List.of(entry), List.of(classifier.model().trees().bytes()));
	}

	/**
	 * Loads a surrogate and verifies every file.
	 * @param expectedSha256 the artifact hash recorded when it was saved, or null to check only the files against the
	 * manifest
	 * @throws ModelIntegrityException if a hash does not match, or the model is of another kind, format or feature
	 * layout
	 * @throws IOException if the directory cannot be read
	 */
	public static SurrogateModel loadSurrogate(Path directory, String expectedSha256) throws IOException {
		Manifest manifest = readManifest(directory, expectedSha256, SurrogateModel.KIND);
		Map<Target, RegressionModel> regressors = new EnumMap<>(Target.class);
		for (Entry entry : manifest.models()) {
			Target target = Target.parse(entry.name());
			if (entry.calibration() == null) {
				throw new ModelIntegrityException(directory + ": regressor " + entry.name() + " has no calibration");
			}
			TreeModel trees = TreeModel.read(readVerified(directory, entry), entry.objective());
			regressors.put(target, new RegressionModel(target, trees, entry.calibration(), entry.rows()));
		}
		return new SurrogateModel(regressors, manifest.info());
	}

	/**
	 * Loads a classifier and verifies every file; see {@link #loadSurrogate}.
	 */
	public static GfaClassifier loadClassifier(Path directory, String expectedSha256) throws IOException {
		Manifest manifest = readManifest(directory, expectedSha256, GfaClassifier.KIND);
		if (manifest.models().size() != 1) {
			throw new ModelIntegrityException(directory + ": a classifier has exactly one tree model");
		}
		Entry entry = manifest.models().get(0);
		TreeModel trees = TreeModel.read(readVerified(directory, entry), entry.objective());
		return new GfaClassifier(new GfaModel(trees, entry.rows()), manifest.info());
	}

	/** The artifact hash of a saved model: hex SHA-256 of its manifest. */
	public static String sha256(Path directory) throws IOException {
		return sha256(Files.readAllBytes(directory.resolve(MANIFEST)));
	}

	private static String write(Path directory, ModelInfo info, List<Entry> entries, List<byte[]> files)
			throws IOException {
		Files.createDirectories(directory);
		try (Stream<Path> existing = Files.list(directory)) {
			if (existing.findAny().isPresent()) {
				throw new IOException(directory + " is not empty; a model directory is written once");
			}
		}
		List<Entry> hashed = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			Files.write(directory.resolve(entry.file()), files.get(i));
			hashed.add(new Entry(entry.name(), entry.file(), sha256(files.get(i)), entry.objective(), entry.rows(),
					entry.calibration()));
		}
		byte[] manifest = JSON.writeValueAsBytes(new Manifest(FORMAT, info.kind(), info, hashed));
		Files.write(directory.resolve(MANIFEST), manifest);
		return sha256(manifest);
	}

	private static Manifest readManifest(Path directory, String expectedSha256, String kind) throws IOException {
		byte[] bytes = Files.readAllBytes(directory.resolve(MANIFEST));
		if (expectedSha256 != null && !sha256(bytes).equalsIgnoreCase(expectedSha256)) {
			throw new ModelIntegrityException(directory + ": manifest SHA-256 is " + sha256(bytes) + ", expected "
					+ expectedSha256 + "; the model was changed after it was registered");
		}
		Manifest manifest;
		try {
			manifest = JSON.readValue(bytes, Manifest.class);
		}
		catch (IOException ex) {
			throw new ModelIntegrityException(directory + ": unreadable manifest: " + ex.getMessage());
		}
		if (manifest.format() != FORMAT) {
			throw new ModelIntegrityException(
					directory + ": model format " + manifest.format() + ", this code reads " + FORMAT);
		}
		if (!kind.equals(manifest.kind()) || manifest.info() == null || !kind.equals(manifest.info().kind())) {
			throw new ModelIntegrityException(directory + ": a '" + manifest.kind() + "' model, expected '" + kind + "'");
		}
		if (!FeatureSet.standard().names().equals(manifest.info().features())) {
			throw new ModelIntegrityException(directory + ": trained on other features than this code computes; "
					+ "retrain the model");
		}
		if (manifest.models() == null || manifest.models().isEmpty()) {
			throw new ModelIntegrityException(directory + ": the manifest lists no tree model");
		}
		return manifest;
	}

	private static byte[] readVerified(Path directory, Entry entry) throws IOException {
		Path file = directory.resolve(entry.file()).normalize();
		if (!file.getParent().equals(directory.normalize())) {
			throw new ModelIntegrityException(directory + ": file name '" + entry.file() + "' leaves the directory");
		}
		byte[] bytes = Files.readAllBytes(file);
		String actual = sha256(bytes);
		if (!actual.equals(entry.sha256())) {
			throw new ModelIntegrityException(file + ": SHA-256 is " + actual + ", the manifest says "
					+ entry.sha256() + "; the file is damaged or was replaced");
		}
		return bytes;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	/** The manifest's content. */
	record Manifest(int format, String kind, ModelInfo info, List<Entry> models) {
	}

	/**
	 * One tree model of the directory.
	 *
	 * @param name target label or {@code gfa}
	 * @param file file name in the directory
	 * @param sha256 hex SHA-256 of the file
	 * @param objective what it was fitted to
	 * @param rows rows (alloys for the classifier) it was trained on
	 * @param calibration interval calibration of a regressor, null for the classifier
	 */
	record Entry(String name, String file, String sha256, TreeModel.Objective objective, int rows,
			Calibration calibration) {
	}

}
