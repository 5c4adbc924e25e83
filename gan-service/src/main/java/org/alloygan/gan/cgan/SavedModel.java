package org.alloygan.gan.cgan;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a model was saved and the checksums that identify it.
 *
 * @param directory the artifact directory
 * @param sha256 hex SHA-256 per artifact file name
 * @param artifactSha256 SHA-256 of the manifest: one id for the whole artifact, fit for
 * provenance fields of events and candidates
 */
public record SavedModel(Path directory, Map<String, String> sha256, String artifactSha256) {

	public SavedModel {
		sha256 = Map.copyOf(sha256);
	}

}
