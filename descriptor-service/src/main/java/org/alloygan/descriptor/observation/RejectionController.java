package org.alloygan.descriptor.observation;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Everything that was refused on the way in, with the reason: nothing is dropped silently. */
@RestController
@Validated
class RejectionController {

	private final JdbcClient jdbc;

	RejectionController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/datasets/rejections")
	RejectionPage list(@RequestParam(required = false) SourceType sourceType,
			@RequestParam(required = false) String sourceRefPrefix, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		String type = (sourceType != null) ? sourceType.name() : null;
		String prefix = (sourceRefPrefix != null) ? sourceRefPrefix + "%" : null;
		String where = " WHERE (CAST(? AS TEXT) IS NULL OR source_type = ?) AND (CAST(? AS TEXT) IS NULL OR source_ref LIKE ?)";
		List<Rejection> content = this.jdbc
			.sql("SELECT id, source_type, source_ref, raw, reason, created_at FROM rejected_record" + where
					+ " ORDER BY id LIMIT ? OFFSET ?")
			.params(type, type, prefix, prefix, size, (long) page * size)
			.query(Rejection.class)
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM rejected_record" + where)
			.params(type, type, prefix, prefix)
			.query(Long.class)
			.single();
		return new RejectionPage(content, page, size, total);
	}

	record Rejection(long id, SourceType sourceType, String sourceRef, String raw, String reason, Instant createdAt) {
	}

	record RejectionPage(List<Rejection> content, int page, int size, long totalElements) {
	}

}
