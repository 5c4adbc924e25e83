package org.alloygan.descriptor.version;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The canonical CSV of dataset rows: what training reads and what a version's sha256 is taken over. */
public final class DatasetCsv {

	static final String[] HEADER = { "canonical_key", "formula", "family", "n_components", "composition", "Tg_K",
			"Tx_K", "Tl_K", "Tg_n", "Tx_n", "Tl_n", "Tg_spread_K", "Tx_spread_K", "Tl_spread_K", "Dmax_mm", "gfa_class",
			"n_observations", "descriptors" };

	private DatasetCsv() {
	}

	public static void write(Stream<DatasetRow> rows, OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get());
			Iterator<DatasetRow> iterator = rows.iterator();
			while (iterator.hasNext()) {
				DatasetRow r = iterator.next();
				printer.printRecord(r.canonicalKey(), r.formula(), r.family(), r.nComponents(), r.composition(),
						r.tgK(), r.txK(), r.tlK(), r.tgCount(), r.txCount(), r.tlCount(), r.tgSpreadK(), r.txSpreadK(),
						r.tlSpreadK(), r.dmaxMm(), r.gfaClass(), r.observations(), r.descriptors());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** sha256 of the canonical CSV, computed while streaming (rows are never all in memory). */
	public static String sha256(Stream<DatasetRow> rows) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
				write(rows, out);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
