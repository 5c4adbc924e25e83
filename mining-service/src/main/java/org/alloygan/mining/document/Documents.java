package org.alloygan.mining.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageKind;
import org.alloygan.extraction.text.DocumentReader;
import org.alloygan.extraction.text.DocumentText;
import org.alloygan.extraction.text.MediaType;
import org.alloygan.extraction.text.PassageSplitter;
import org.alloygan.mining.config.MiningProperties;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Stores documents: the original bytes, the text read from them and its passages, in one transaction. The
 * same bytes uploaded again (same sha256) are recognised and the stored document is returned.
 */
@Service
public class Documents {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final MiningProperties properties;

	private final Clock clock;

	Documents(JdbcClient jdbc, TransactionTemplate transaction, MiningProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores a document unless the same bytes are stored already.
	 * @param declaredType the declared content type, may be null
	 * @throws ResponseStatusException 413 when it is larger than the configured limit
	 * @throws IllegalArgumentException when it is empty or cannot be read
	 */
	DocumentSummary store(String fileName, String declaredType, byte[] content, DocumentMetadata metadata) {
		long limit = this.properties.maxDocumentSize().toBytes();
		if (content.length > limit) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "the document is " + content.length
					+ " bytes; the limit is " + limit + " bytes (alloygan.mining.max-document-size)");
		}
		if (content.length == 0) {
			throw new IllegalArgumentException("the document is empty");
		}
		String sha256 = sha256(content);
		Optional<DocumentSummary> existing = findBySha256(sha256);
		if (existing.isPresent()) {
			return existing.get().asDuplicate();
		}
		MediaType type = MediaType.detect(fileName, declaredType, content);
		DocumentText text = DocumentReader.read(type, content);
		List<Passage> passages = PassageSplitter.split(text);
		UUID id = UUID.randomUUID();
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.jdbc.sql("""
						INSERT INTO document (id, sha256, file_name, media_type, title, doi, year, size_bytes, content,
						                      text, page_count, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(id, sha256, fileName, type.mime(), metadata.title(), metadata.doi(), metadata.year(),
							content.length, content, text.text(), text.pageCount(),
							Timestamp.from(this.clock.instant()))
					.update();
				for (Passage passage : passages) {
					this.jdbc.sql("""
							INSERT INTO passage (document_id, idx, kind, page, start_offset, end_offset, text, context)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
						.params(id, passage.index(), passage.kind().name(), passage.page(), passage.start(),
								passage.end(), passage.text(), passage.context())
						.update();
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// the same bytes were stored by a concurrent upload in the meantime
			return findBySha256(sha256).orElseThrow(() -> ex).asDuplicate();
		}
		return get(id).orElseThrow();
	}

	public Optional<DocumentSummary> get(UUID id) {
		return this.jdbc.sql(SUMMARY + " WHERE d.id = ?").param(id).query(Documents::summary).optional();
	}

	/** Newest first, a page at a time. */
	public List<DocumentSummary> list(int limit, long offset) {
		return this.jdbc.sql(SUMMARY + " ORDER BY d.created_at DESC, d.id LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query(Documents::summary)
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
	}

	public boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM document WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/** The passages of a document, in order, as extractors read them. */
	public List<Passage> passages(UUID documentId) {
		return this.jdbc.sql("""
				SELECT idx, kind, text, start_offset, end_offset, page, context FROM passage
				WHERE document_id = ? ORDER BY idx""")
			.param(documentId)
			.query((rs, row) -> new Passage(rs.getInt("idx"), PassageKind.valueOf(rs.getString("kind")),
					rs.getString("text"), rs.getInt("start_offset"), rs.getInt("end_offset"),
					(Integer) rs.getObject("page"), rs.getString("context")))
			.list();
	}

	List<PassageView> passageViews(UUID documentId) {
		List<PassageView> views = new ArrayList<>();
		for (Passage passage : passages(documentId)) {
			views.add(new PassageView(passage.index(), passage.kind().name(), passage.page(), passage.start(),
					passage.end(), passage.text(), passage.context()));
		}
		return views;
	}

	/** The DOI a document was uploaded with, or null. */
	public String doi(UUID documentId) {
		return this.jdbc.sql("SELECT doi FROM document WHERE id = ?").param(documentId).query(String.class).optional()
			.orElse(null);
	}

	private Optional<DocumentSummary> findBySha256(String sha256) {
		return this.jdbc.sql(SUMMARY + " WHERE d.sha256 = ?").param(sha256).query(Documents::summary).optional();
	}

	private static final String SUMMARY = """
			SELECT d.id, d.sha256, d.file_name, d.media_type, d.title, d.doi, d.year, d.size_bytes, d.page_count,
			       length(d.text) AS characters, d.created_at,
			       (SELECT count(*) FROM passage p WHERE p.document_id = d.id) AS passages
			FROM document d""";

	private static DocumentSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		int passages = rs.getInt("passages");
		List<String> warnings = (passages == 0)
				? List.of("no text was found; a scanned PDF needs OCR first, which this service does not do")
				: List.of();
		return new DocumentSummary(rs.getObject("id", UUID.class), rs.getString("sha256"), rs.getString("file_name"),
				rs.getString("media_type"), rs.getString("title"), rs.getString("doi"), (Integer) rs.getObject("year"),
				rs.getLong("size_bytes"), rs.getInt("page_count"), passages, rs.getInt("characters"),
				rs.getTimestamp("created_at").toInstant(), false, warnings);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
