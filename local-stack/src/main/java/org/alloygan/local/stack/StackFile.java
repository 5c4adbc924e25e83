package org.alloygan.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a running stack left in its data folder so that {@code status} and {@code down} work from another
 * terminal: the launcher's pid and every component's pid, port and health URL.
 */
public record StackFile(long launcherPid, Instant startedAt, String gatewayUrl, List<Component> components) {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT);

	/** @param healthUrl readiness URL, or null for engines checked another way */
	public record Component(String name, long pid, int port, String healthUrl, String log) {
	}

	void write(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = file.resolveSibling(file.getFileName() + ".tmp");
			JSON.writeValue(temp.toFile(), this);
			Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	static Optional<StackFile> read(Path file) {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(file.toFile(), StackFile.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + " (delete it if no stack is running)", ex);
		}
	}

	boolean launcherAlive() {
		return ProcessHandle.of(this.launcherPid).map(ProcessHandle::isAlive).orElse(false);
	}

}
