package org.alloygan.descriptor.alloy;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.descriptor.version.AlloyFilter;
import org.alloygan.descriptor.version.DatasetRow;
import org.alloygan.descriptor.version.DatasetRows;
import org.alloygan.support.web.NotFoundException;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Browse the current dataset: alloys with their aggregated properties and descriptors. */
@RestController
@Validated
class AlloyController {

	private final DatasetRows rows;

	private final CompositionParser parser;

	AlloyController(DatasetRows rows, CompositionParser parser) {
		this.rows = rows;
		this.parser = parser;
	}

	record AlloyPage(List<DatasetRow> content, int page, int size, long totalElements) {
	}

	@GetMapping("/api/v1/alloys")
	@Transactional(readOnly = true)
	AlloyPage list(@RequestParam(required = false) String family, @RequestParam(required = false) String element,
			@RequestParam(required = false) Double tgMin, @RequestParam(required = false) Double tgMax,
			@RequestParam(required = false) Double txMin, @RequestParam(required = false) Double txMax,
			@RequestParam(required = false) Double tlMin, @RequestParam(required = false) Double tlMax,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		AlloyFilter filter = new AlloyFilter(symbol(family), symbol(element), tgMin, tgMax, txMin, txMax, tlMin, tlMax);
		return new AlloyPage(this.rows.search(filter, size, (long) page * size), page, size, this.rows.count(filter));
	}

	/** By canonical key, or by any formula that normalises to it (Cu50Zr50, Zr0.5Cu0.5, ...). */
	@GetMapping("/api/v1/alloys/{key}")
	@Transactional(readOnly = true)
	DatasetRow get(@PathVariable String key) {
		String canonical = this.parser.parse(key).composition().canonicalKey();
		return this.rows.byKey(canonical)
			.orElseThrow(() -> new NotFoundException("no alloy " + canonical + " in the dataset"));
	}

	private static String symbol(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		return trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1).toLowerCase(Locale.ROOT);
	}

}
