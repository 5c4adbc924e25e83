package org.alloygan.gateway.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The first admin key: generated, printed once and written owner-only when no admin key exists; taken
 * from the operator without being logged when given. (The database side runs in the integration tests
 * and in the local stack's end-to-end test.)
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminKeyTests {

	final ApiKeys keys = mock(ApiKeys.class);

	final TransactionTemplate transaction = new TransactionTemplate(mock(PlatformTransactionManager.class));

	@Test
	void withoutAnAdminKeyOneIsCreatedLoggedOnceAndWrittenForTheOwnerOnly(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		Path file = dir.resolve("nested/admin-api-key");
		when(this.keys.anyActiveAdmin()).thenReturn(false);
		when(this.keys.create(eq("bootstrap-admin"), eq(Set.of(Role.ADMIN)), any(), eq("bootstrap")))
			.thenReturn(new ApiKeys.Created(key(), "agk_generatedSecretForThisTest_0123456789abcd"));

		bootstrap(file.toString(), null).run(new DefaultApplicationArguments());

		assertThat(Files.readString(file).trim()).isEqualTo("agk_generatedSecretForThisTest_0123456789abcd");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(output.getAll()).containsOnlyOnce("agk_generatedSecretForThisTest_0123456789abcd");
	}

	@Test
	void anExistingAdminKeyMeansNothingIsCreated(@TempDir Path dir) throws Exception {
		when(this.keys.anyActiveAdmin()).thenReturn(true);
		bootstrap(dir.resolve("admin-api-key").toString(), null).run(new DefaultApplicationArguments());
		verify(this.keys, never()).create(anyString(), anyCollection(), any(), anyString());
		assertThat(dir.resolve("admin-api-key")).doesNotExist();
	}

	@Test
	void theOperatorsKeyIsStoredAndNeverLogged(CapturedOutput output) throws Exception {
		String operatorKey = "operator-secret-that-must-not-be-logged-0123456789";
		when(this.keys.findByHash(ApiKeySecrets.hash(operatorKey))).thenReturn(Optional.empty());
		when(this.keys.insert(anyString(), eq(operatorKey), eq(Set.of(Role.ADMIN)), any(), eq("bootstrap")))
			.thenReturn(key());

		bootstrap(null, operatorKey).run(new DefaultApplicationArguments());

		verify(this.keys).insert(anyString(), eq(operatorKey), eq(Set.of(Role.ADMIN)), any(), eq("bootstrap"));
		verify(this.keys, never()).create(anyString(), anyCollection(), any(), anyString());
		assertThat(output.getAll()).doesNotContain(operatorKey);
	}

	private BootstrapAdminKey bootstrap(String file, String operatorKey) {
		GatewaySecurityProperties properties = new GatewaySecurityProperties(file, operatorKey, DataSize.ofMegabytes(1),
				new GatewaySecurityProperties.RateLimit(true, 100), new GatewaySecurityProperties.Cors(java.util.List.of(),
						java.util.List.of("GET"), 60),
				new GatewaySecurityProperties.Jwt(null, null, "roles", "sub"),
				new GatewaySecurityProperties.KeyCache(java.time.Duration.ofSeconds(30)));
		return new BootstrapAdminKey(this.keys, properties, this.transaction);
	}

	private static ApiKey key() {
		return new ApiKey(UUID.randomUUID(), "bootstrap-admin", "agk_generate", Set.of(Role.ADMIN), null,
				Instant.now(), "bootstrap", null, null, null);
	}

}
