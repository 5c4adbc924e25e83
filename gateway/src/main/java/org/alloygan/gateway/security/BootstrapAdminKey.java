package org.alloygan.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Makes sure somebody can administer keys after the first start. With ALLOYGAN_BOOTSTRAP_ADMIN_KEY set,
 * that key is stored (hashed, never logged). Otherwise, when no active admin key exists, one is generated,
 * printed once to the log and written to {@code alloygan.gateway.bootstrap-key-file} (owner-only), where
 * the local stack and {@code ./alloygan} pick it up. Runs before the gateway reports ready; replicas
 * starting together serialise on an advisory lock, so only one key is made.
 */
@Component
class BootstrapAdminKey implements ApplicationRunner {

	static final long LOCK = 0x616c6c6f79L;

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdminKey.class);

	private final ApiKeys keys;

	private final GatewaySecurityProperties properties;

	private final TransactionTemplate transaction;

	BootstrapAdminKey(ApiKeys keys, GatewaySecurityProperties properties, TransactionTemplate transaction) {
		this.keys = keys;
		this.properties = properties;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		String operatorKey = this.properties.bootstrapAdminKey();
		if (StringUtils.hasText(operatorKey)) {
			this.transaction.executeWithoutResult((status) -> storeOperatorKey(operatorKey.trim()));
			return;
		}
		Optional<String> created = Optional.ofNullable(this.transaction.execute((status) -> {
			lock();
			if (this.keys.anyActiveAdmin()) {
				return null;
			}
			return this.keys.create("bootstrap-admin", Set.of(Role.ADMIN), null, "bootstrap").secret();
		}));
		if (created.isEmpty()) {
			log.info("Admin API keys exist; no bootstrap key created");
			return;
		}
		String file = this.properties.bootstrapKeyFile();
		// Printed once, on purpose: the operator needs it to create the other keys. It is not shown again.
		log.warn("Created the first admin API key (shown only now{}): {}",
				StringUtils.hasText(file) ? ", also written to " + file : "", created.get());
		if (StringUtils.hasText(file)) {
			writeOwnerOnly(Path.of(file), created.get());
		}
	}

	private void storeOperatorKey(String key) {
		lock();
		String hash = ApiKeySecrets.hash(key);
		Optional<ApiKey> existing = this.keys.findByHash(hash);
		if (existing.isPresent()) {
			if (!existing.get().active()) {
				log.warn("ALLOYGAN_BOOTSTRAP_ADMIN_KEY names {}, which was revoked; it stays revoked",
						existing.get().describe());
			}
			return;
		}
		ApiKey stored = this.keys.insert("bootstrap-admin (ALLOYGAN_BOOTSTRAP_ADMIN_KEY)", key, Set.of(Role.ADMIN),
				null, "bootstrap");
		log.info("Stored the admin key from ALLOYGAN_BOOTSTRAP_ADMIN_KEY as {}", stored.describe());
	}

	private void lock() {
		this.keys.lockForBootstrap();
	}

	static void writeOwnerOnly(Path file, String content) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = dir.resolve(file.getFileName() + ".tmp");
		Files.deleteIfExists(temp);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(temp);
		}
		Files.writeString(temp, content + "\n", StandardCharsets.UTF_8);
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
