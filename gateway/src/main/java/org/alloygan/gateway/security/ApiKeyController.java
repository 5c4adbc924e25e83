package org.alloygan.gateway.security;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alloygan.support.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API keys, for admins: create (the secret is shown once), list, revoke. */
@RestController
@RequestMapping("/api/v1/admin/api-keys")
@Tag(name = "admin", description = "API keys (admin role)")
class ApiKeyController {

	private final ApiKeys keys;

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	/**
	 * @param roles role names: viewer, designer, experimentalist, curator, admin
	 * @param rateLimitPerMinute this key's own limit, or absent for the configured default
	 */
	record CreateKey(String name, List<String> roles, Long rateLimitPerMinute) {
	}

	/** A key as listed: never its secret. */
	record KeyView(UUID id, String name, String prefix, List<String> roles, Long rateLimitPerMinute,
			Instant createdAt, String createdBy, Instant lastUsedAt, Instant revokedAt, String revokedBy,
			boolean active) {

		static KeyView of(ApiKey key) {
			return new KeyView(key.id(), key.name(), key.prefix(), key.roles().stream().map(Role::id).toList(),
					key.rateLimitPerMinute(), key.createdAt(), key.createdBy(), key.lastUsedAt(), key.revokedAt(),
					key.revokedBy(), key.active());
		}

	}

	/** @param key the secret; shown in this response only */
	record CreatedKey(UUID id, String name, String prefix, List<String> roles, Long rateLimitPerMinute,
			Instant createdAt, String createdBy, String key, String note) {
	}

	@PostMapping
	@Operation(summary = "Create an API key; the response carries the secret, which is not shown again",
			extensions = @Extension(properties = @ExtensionProperty(name = "x-alloygan-role", value = "admin")))
	ResponseEntity<CreatedKey> create(@RequestBody CreateKey request, Authentication caller) {
		if (request.roles() == null || request.roles().isEmpty()) {
			throw new IllegalArgumentException("roles must name at least one of viewer, designer, experimentalist, "
					+ "curator, admin");
		}
		ApiKeys.Created created = this.keys.create(request.name(), request.roles().stream().map(Role::of).toList(),
				request.rateLimitPerMinute(), caller.getName());
		ApiKey key = created.key();
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/admin/api-keys/" + key.id()))
			.body(new CreatedKey(key.id(), key.name(), key.prefix(), key.roles().stream().map(Role::id).toList(),
					key.rateLimitPerMinute(), key.createdAt(), key.createdBy(), created.secret(),
					"store the key now: only its SHA-256 is kept, it cannot be shown again"));
	}

	@GetMapping
	@Operation(summary = "All keys, revoked ones included; never their secrets",
			extensions = @Extension(properties = @ExtensionProperty(name = "x-alloygan-role", value = "admin")))
	List<KeyView> list() {
		return this.keys.list().stream().map(KeyView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One key, never its secret",
			extensions = @Extension(properties = @ExtensionProperty(name = "x-alloygan-role", value = "admin")))
	KeyView get(@PathVariable UUID id) {
		return KeyView.of(this.keys.get(id).orElseThrow(() -> new NotFoundException("API key " + id + " does not exist")));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a key; it stops working with the next request",
			extensions = @Extension(properties = @ExtensionProperty(name = "x-alloygan-role", value = "admin")))
	KeyView revoke(@PathVariable UUID id, Authentication caller) {
		return KeyView.of(this.keys.revoke(id, caller.getName()));
	}

}
