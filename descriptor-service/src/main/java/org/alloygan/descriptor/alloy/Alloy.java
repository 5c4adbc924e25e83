package org.alloygan.descriptor.alloy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One alloy, identified by its canonical composition key; observations of it come from every way in. */
@Entity
@Table(name = "alloy")
public class Alloy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "canonical_key")
	private String canonicalKey;

	private String formula;

	private String family;

	@Column(name = "n_components")
	private int components;

	/** JSON object element -> at.%. */
	private String composition;

	/** JSON object of the composition-only descriptors. */
	private String descriptors;

	@Column(name = "descriptor_error")
	private String descriptorError;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Alloy() {
	}

	Alloy(String canonicalKey, String formula, String family, int components, String composition, String descriptors,
			String descriptorError, Instant createdAt) {
		this.canonicalKey = canonicalKey;
		this.formula = formula;
		this.family = family;
		this.components = components;
		this.composition = composition;
		this.descriptors = descriptors;
		this.descriptorError = descriptorError;
		this.createdAt = createdAt;
	}

	public Long id() {
		return this.id;
	}

	public String canonicalKey() {
		return this.canonicalKey;
	}

	public String formula() {
		return this.formula;
	}

}
