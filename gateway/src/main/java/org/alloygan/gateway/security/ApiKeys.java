package org.alloygan.gateway.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.alloygan.support.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The API keys, stored as SHA-256 hashes. Requests find their key through {@link ApiKeyCache}, which a
 * revocation clears on every gateway replica when it commits, so a revoked key stops working with the
 * next request.
 */
@Service
class ApiKeys {

	/** last_used_at is written at most this often per key, so busy keys do not cost a write per request. */
	static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9 ._@:+()-]{1,100}");

	private static final String COLUMNS = "id, name, prefix, roles, rate_limit_per_minute, created_at, created_by, "
			+ "last_used_at, revoked_at, revoked_by";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ApiKeyCache cache;

	private final ConcurrentMap<UUID, Instant> lastUsedWritten = new ConcurrentHashMap<>();

	ApiKeys(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, ApiKeyCache cache) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.cache = cache;
	}

	/** A new key and its secret, which is shown this once and never stored. */
	record Created(ApiKey key, String secret) {
	}

	@Transactional
	Created create(String name, Collection<Role> roles, Long rateLimitPerMinute, String createdBy) {
		String secret = ApiKeySecrets.generate();
		return new Created(insert(name, secret, roles, rateLimitPerMinute, createdBy), secret);
	}

	/** Stores a key whose secret someone else chose (the operator's bootstrap key). */
	@Transactional
	ApiKey insert(String name, String secret, Collection<Role> roles, Long rateLimitPerMinute, String createdBy) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"name must be 1 to 100 characters of letters, digits, space and . _ @ : + ( ) -");
		}
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("a key needs at least one role");
		}
		if (rateLimitPerMinute != null && rateLimitPerMinute < 1) {
			throw new IllegalArgumentException("rateLimitPerMinute must be at least 1");
		}
		if (secret.length() < ApiKeySecrets.MIN_LENGTH) {
			throw new IllegalArgumentException("an API key must be at least " + ApiKeySecrets.MIN_LENGTH
					+ " characters of random text");
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("INSERT INTO api_key (id, name, prefix, key_hash, roles, rate_limit_per_minute, created_at, created_by) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, name, ApiKeySecrets.displayPrefix(secret), ApiKeySecrets.hash(secret), join(roles),
					rateLimitPerMinute, Timestamp.from(now), createdBy)
			.update();
		return get(id).orElseThrow();
	}

	/** The active key with this secret; empty for an unknown or revoked key. See {@link ApiKeyCache}. */
	Optional<ApiKey> authenticate(String secret) {
		String hash = ApiKeySecrets.hash(secret);
		Optional<ApiKey> key = Optional.ofNullable(this.cache.get(hash, () -> this.jdbc
			.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")
			.param(hash)
			.query(ApiKeys::map)
			.optional()
			.orElse(null)));
		key.ifPresent(this::touch);
		return key;
	}

	Optional<ApiKey> get(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE id = ?").param(id).query(ApiKeys::map).optional();
	}

	Optional<ApiKey> findByHash(String hash) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = ?")
			.param(hash)
			.query(ApiKeys::map)
			.optional();
	}

	List<ApiKey> list() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at, id").query(ApiKeys::map).list();
	}

	boolean anyActiveAdmin() {
		return activeAdmins() > 0;
	}

	/**
	 * Revokes a key at once; revoking a revoked key changes nothing. The last active admin key cannot be
	 * revoked (create another admin key first), so that nobody locks themselves out by mistake.
	 */
	@Transactional
	ApiKey revoke(UUID id, String revokedBy) {
		lockForBootstrap();
		ApiKey key = get(id).orElseThrow(() -> new NotFoundException("API key " + id + " does not exist"));
		if (!key.active()) {
			return key;
		}
		if (key.roles().contains(Role.ADMIN) && activeAdmins() == 1) {
			throw new IllegalStateException("key " + id + " is the last active admin key; create another admin key "
					+ "before revoking this one");
		}
		String hash = this.jdbc.sql("UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE id = ? RETURNING key_hash")
			.params(Timestamp.from(this.clock.instant()), revokedBy, id)
			.query(String.class)
			.single();
		// every gateway (this one included) drops the key from its cache when this commits
		this.jdbc.sql("SELECT 1 FROM pg_notify(?, ?)").params(ApiKeyCache.CHANNEL, hash).query(Integer.class).single();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				// and this one at once, not a few milliseconds later when the notification arrives
				ApiKeys.this.cache.evict(hash);
			}
		});
		this.lastUsedWritten.remove(id);
		this.events.publishEvent(new ApiKeyRevoked(id));
		return get(id).orElseThrow();
	}

	/**
	 * Serialises bootstrapping and revocation of admin keys (until the transaction ends), so concurrent
	 * replicas or requests cannot both decide that they make or remove the last admin key.
	 */
	@Transactional
	void lockForBootstrap() {
		this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(BootstrapAdminKey.LOCK).query(Integer.class).single();
	}

	private int activeAdmins() {
		return this.jdbc
			.sql("SELECT count(*) FROM api_key WHERE revoked_at IS NULL AND ',' || roles || ',' LIKE '%,admin,%'")
			.query(Integer.class)
			.single();
	}

	private void touch(ApiKey key) {
		Instant now = this.clock.instant();
		Instant written = this.lastUsedWritten.get(key.id());
		if (written != null && written.plus(LAST_USED_RESOLUTION).isAfter(now)) {
			return;
		}
		this.lastUsedWritten.put(key.id(), now);
		this.jdbc.sql("UPDATE api_key SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), key.id()).update();
	}

	private static String join(Collection<Role> roles) {
		return EnumSet.copyOf(roles).stream().map(Role::id).collect(Collectors.joining(","));
	}

	private static ApiKey map(ResultSet rs, int row) throws SQLException {
		long limitValue = rs.getLong("rate_limit_per_minute");
		Long limit = rs.wasNull() ? null : limitValue;
		Set<Role> roles = Arrays.stream(rs.getString("roles").split(","))
			.map(Role::of)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		return new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"), roles,
				limit, instant(rs, "created_at"), rs.getString("created_by"),
				instant(rs, "last_used_at"), instant(rs, "revoked_at"), rs.getString("revoked_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
