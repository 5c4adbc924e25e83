package org.alloygan.feedback.validation;

import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Predicted vs measured, per design and over all designs. {@code tolerance} overrides the configured one
 * (a fraction: 0.05 is 5%).
 */
@RestController
@Validated
class ValidationController {

	private final ValidationReports reports;

	private final ValidationProperties properties;

	ValidationController(ValidationReports reports, ValidationProperties properties) {
		this.reports = reports;
		this.properties = properties;
	}

	@GetMapping("/api/v1/designs/{designId}/validation")
	ValidationReport design(@PathVariable UUID designId,
			@RequestParam(required = false) @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double tolerance) {
		return this.reports.ofDesign(designId, (tolerance != null) ? tolerance : this.properties.tolerance());
	}

	@GetMapping("/api/v1/validation")
	ValidationReport overall(@RequestParam(required = false) UUID surrogateModelId,
			@RequestParam(required = false) @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double tolerance) {
		return this.reports.overall(surrogateModelId, (tolerance != null) ? tolerance : this.properties.tolerance());
	}

}
