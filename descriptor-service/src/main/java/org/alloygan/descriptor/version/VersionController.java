package org.alloygan.descriptor.version;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.support.web.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Immutable dataset versions and their rows, streamed as CSV or JSON for training. */
@RestController
class VersionController {

	private final DatasetVersions versions;

	private final DatasetRows rows;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	VersionController(DatasetVersions versions, DatasetRows rows, TransactionTemplate transaction, ObjectMapper json) {
		this.versions = versions;
		this.rows = rows;
		this.transaction = transaction;
		this.json = json;
	}

	@PostMapping("/api/v1/datasets/versions")
	ResponseEntity<DatasetVersion> cut(@RequestBody(required = false) Map<String, String> body) {
		String reason = (body != null && body.get("reason") != null) ? body.get("reason") : "requested";
		DatasetVersions.Cut cut = this.versions.cutUnlessUnchanged(reason);
		URI location = URI.create("/api/v1/datasets/versions/" + cut.version().id());
		// nothing changed since the latest version: that one, 200, and no announcement (so no retraining)
		return cut.created() ? ResponseEntity.created(location).body(cut.version())
				: ResponseEntity.ok().header(HttpHeaders.CONTENT_LOCATION, location.toString()).body(cut.version());
	}

	@GetMapping("/api/v1/datasets/versions")
	List<DatasetVersion> list() {
		return this.versions.list();
	}

	@GetMapping("/api/v1/datasets/versions/{id}")
	DatasetVersion get(@PathVariable long id) {
		return find(id);
	}

	/** CSV by default (or {@code ?format=json}); rows are streamed from the database, never all in memory. */
	@GetMapping("/api/v1/datasets/versions/{id}/rows")
	ResponseEntity<StreamingResponseBody> rows(@PathVariable long id,
			@RequestParam(defaultValue = "csv") String format) {
		DatasetVersion version = find(id);
		if (format.equalsIgnoreCase("csv")) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv"))
				.header("X-Dataset-Sha256", version.sha256())
				.body((out) -> this.transaction.executeWithoutResult((status) -> {
					try (Stream<DatasetRow> stream = this.rows.asOf(version.maxObservationId(), version.gfaRule())) {
						DatasetCsv.write(stream, out);
					}
				}));
		}
		if (format.equalsIgnoreCase("json")) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body((out) -> this.transaction.executeWithoutResult((status) -> writeJson(version, out)));
		}
		throw new IllegalArgumentException("format must be csv or json, not '" + format + "'");
	}

	private void writeJson(DatasetVersion version, java.io.OutputStream out) {
		try (Stream<DatasetRow> stream = this.rows.asOf(version.maxObservationId(), version.gfaRule());
				JsonGenerator generator = this.json.getFactory().createGenerator(out)) {
			generator.writeStartArray();
			for (var iterator = stream.iterator(); iterator.hasNext();) {
				this.json.writeValue(generator, iterator.next());
			}
			generator.writeEndArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private DatasetVersion find(long id) {
		return this.versions.get(id)
			.orElseThrow(() -> new NotFoundException("dataset version " + id + " does not exist"));
	}

}
