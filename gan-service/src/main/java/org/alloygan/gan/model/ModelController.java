package org.alloygan.gan.model;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.alloygan.support.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The model registry: versions with provenance, metrics and curves; explicit promotion. */
@RestController
class ModelController {

	private final ModelRegistry registry;

	ModelController(ModelRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/api/v1/models")
	List<ModelVersion> list(@RequestParam(required = false) String kind) {
		return this.registry.list((kind != null) ? kind.toUpperCase(Locale.ROOT) : null);
	}

	@GetMapping("/api/v1/models/{id}")
	ModelVersion get(@PathVariable UUID id) {
		return this.registry.get(id).orElseThrow(() -> new NotFoundException("model " + id + " does not exist"));
	}

	@PostMapping("/api/v1/models/{id}/promote")
	ModelVersion promote(@PathVariable UUID id) {
		return this.registry.promote(id);
	}

}
