package org.alloygan.gateway.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Active keys by hash, so that a request does not cost a database query, and still revoked at once on
 * every replica: a revocation sends {@code NOTIFY alloygan_api_key_revoked} in its transaction, and each
 * gateway LISTENs on a connection of its own and drops the key when the notification arrives (at commit).
 * The cache is used only while that connection is listening; when it breaks, everything cached is
 * dropped and every request reads the database again until it is back. Entries also expire after
 * {@code alloygan.gateway.api-key-cache.ttl} (30 s; 0 turns the cache off), which bounds how long a key
 * revoked behind the gateway's back (SQL without the NOTIFY) keeps working.
 */
@Component
class ApiKeyCache implements SmartLifecycle {

	static final String CHANNEL = "alloygan_api_key_revoked";

	private static final Logger log = LoggerFactory.getLogger(ApiKeyCache.class);

	private record Entry(ApiKey key, long expiresAt) {
	}

	private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

	private final DataSourceProperties database;

	private final long ttlNanos;

	/** Bumped by every invalidation; a lookup that overlapped one does not cache what it read. */
	private long invalidations;

	private volatile boolean listening;

	private volatile boolean running;

	private Thread listener;

	ApiKeyCache(DataSourceProperties database, GatewaySecurityProperties properties) {
		this.database = database;
		this.ttlNanos = properties.apiKeyCache().ttl().toNanos();
	}

	/** The active key with this hash, from the cache when it can be trusted, else from {@code lookup}. */
	ApiKey get(String hash, Supplier<ApiKey> lookup) {
		if (!this.listening || this.ttlNanos <= 0) {
			return lookup.get();
		}
		Entry entry = this.byHash.get(hash);
		if (entry != null && entry.expiresAt() - System.nanoTime() > 0) {
			return entry.key();
		}
		long before;
		synchronized (this) {
			before = this.invalidations;
		}
		ApiKey key = lookup.get();
		synchronized (this) {
			if (key != null && this.listening && before == this.invalidations) {
				this.byHash.put(hash, new Entry(key, System.nanoTime() + this.ttlNanos));
			}
			else if (key == null) {
				this.byHash.remove(hash);
			}
		}
		return key;
	}

	/** Forgets a key (after its revocation committed, here or on another replica). */
	synchronized void evict(String hash) {
		this.invalidations++;
		this.byHash.remove(hash);
	}

	private synchronized void clear(boolean listening) {
		this.invalidations++;
		this.listening = listening;
		this.byHash.clear();
	}

	boolean listening() {
		return this.listening;
	}

	@Override
	public void start() {
		if (this.ttlNanos <= 0) {
			return;
		}
		this.running = true;
		this.listener = new Thread(this::listen, "api-key-revocations");
		this.listener.setDaemon(true);
		this.listener.start();
	}

	private void listen() {
		long backoff = 1000;
		while (this.running) {
			try (Connection connection = DriverManager.getConnection(this.database.determineUrl(),
					this.database.determineUsername(), this.database.determinePassword());
					Statement statement = connection.createStatement()) {
				statement.execute("LISTEN " + CHANNEL);
				PGConnection postgres = connection.unwrap(PGConnection.class);
				clear(true);
				log.debug("Listening for API key revocations");
				backoff = 1000;
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(1000);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							evict(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.listening) {
					log.warn("Lost the revocation listener ({}); API keys are read from the database on every "
							+ "request until it is back", ex.getMessage());
				}
				clear(false);
				sleep(backoff);
				backoff = Math.min(backoff * 2, 30_000);
			}
		}
		clear(false);
	}

	private void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.listener != null) {
			this.listener.interrupt();
		}
		clear(false);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
