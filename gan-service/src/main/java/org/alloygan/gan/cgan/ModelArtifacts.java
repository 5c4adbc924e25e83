package org.alloygan.gan.cgan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checksum manifest of an artifact directory, in the format of {@code sha256sum}, so that
 * {@code sha256sum -c SHA256SUMS} verifies a model by hand too.
 */
final class ModelArtifacts {

	static final String MANIFEST = "SHA256SUMS";

	private ModelArtifacts() {
	}

	/** Writes the manifest for {@code files} and returns what was written. */
	static SavedModel seal(Path directory, List<String> files) throws IOException {
		Map<String, String> sums = new LinkedHashMap<>();
		StringBuilder manifest = new StringBuilder();
		for (String file : files) {
			String sum = sha256(directory.resolve(file));
			sums.put(file, sum);
			manifest.append(sum).append("  ").append(file).append('\n');
		}
		Files.writeString(directory.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
		return new SavedModel(directory, sums, sha256(directory.resolve(MANIFEST)));
	}

	/**
	 * Checks that the manifest lists every required file and that every listed file has its
	 * checksum; returns the artifact id.
	 * @throws ModelArtifactException naming the first missing or mismatching file
	 */
	static SavedModel verify(Path directory, List<String> required) {
		Path manifest = directory.resolve(MANIFEST);
		Map<String, String> sums = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
				String[] parts = line.split(" {2}", 2);
				if (parts.length != 2) {
					throw new ModelArtifactException("malformed line in " + manifest + ": " + line);
				}
				sums.put(parts[1], parts[0]);
			}
			for (String file : required) {
				if (!sums.containsKey(file)) {
					throw new ModelArtifactException(manifest + " does not list " + file);
				}
			}
			for (Map.Entry<String, String> e : sums.entrySet()) {
				String actual = sha256(directory.resolve(e.getKey()));
				if (!actual.equals(e.getValue())) {
					throw new ModelArtifactException("checksum mismatch for " + directory.resolve(e.getKey())
							+ ": expected " + e.getValue() + ", found " + actual + " (corrupt or modified artifact)");
				}
			}
			return new SavedModel(directory, sums, sha256(manifest));
		}
		catch (NoSuchFileException ex) {
			throw new ModelArtifactException("missing model artifact file " + ex.getFile(), ex);
		}
		catch (IOException ex) {
			throw new ModelArtifactException("cannot read model artifact in " + directory, ex);
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = digest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
