package org.alloygan.models.data;

import java.nio.file.Path;

/** Where the shared public data sets are: the {@code alloygan.data-dir} system property that surefire passes. */
public final class SharedData {

	private SharedData() {
	}

	public static Path file(String relative) {
		String dir = System.getProperty("alloygan.data-dir", "../shared/data");
		return Path.of(dir).resolve(relative);
	}

}
