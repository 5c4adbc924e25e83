package org.alloygan.descriptor.alloy;

import java.time.Clock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.composition.Composition;
import org.alloygan.descriptor.descriptors.CompositionFeatures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds an alloy by its canonical key, or stores it with its descriptors the first time it is seen. */
@Service
public class Alloys {

	private final AlloyRepository repository;

	private final JdbcClient jdbc;

	private final CompositionFeatures features;

	private final ObjectMapper json;

	private final Clock clock;

	Alloys(AlloyRepository repository, JdbcClient jdbc, CompositionFeatures features, ObjectMapper json, Clock clock) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.features = features;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Alloy findOrCreate(Composition composition) {
		return this.repository.findByCanonicalKey(composition.canonicalKey()).orElseGet(() -> create(composition));
	}

	private Alloy create(Composition composition) {
		CompositionFeatures.Result descriptors = this.features.of(composition);
		Alloy alloy = this.repository.save(new Alloy(composition.canonicalKey(), composition.formula(),
				composition.baseElement(), composition.size(), toJson(composition.atomicPercent()),
				toJson(descriptors.values()), descriptors.error(), this.clock.instant()));
		composition.atomicPercent()
			.forEach((element, percent) -> this.jdbc
				.sql("INSERT INTO alloy_element (alloy_id, element, at_percent) VALUES (?, ?, ?)")
				.params(alloy.id(), element, percent)
				.update());
		return alloy;
	}

	private String toJson(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
