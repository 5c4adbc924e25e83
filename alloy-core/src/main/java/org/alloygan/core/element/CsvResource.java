package org.alloygan.core.element;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one of the generated tables in this package: {@code #} lines are provenance, the first
 * other line is the header, cells contain no commas or quotes (the generator guarantees it).
 */
final class CsvResource {

	private final String name;

	private final List<String> header;

	private final List<String[]> rows;

	private CsvResource(String name, List<String> header, List<String[]> rows) {
		this.name = name;
		this.header = header;
		this.rows = rows;
	}

	static CsvResource read(String name) {
		try (InputStream in = CsvResource.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name + " next to " + CsvResource.class.getName());
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> header = null;
			List<String[]> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(",", -1);
				if (header == null) {
					header = Arrays.asList(cells);
				}
				else if (cells.length != header.size()) {
					throw new IllegalStateException(name + ": expected " + header.size() + " cells in '" + line + "'");
				}
				else {
					rows.add(cells);
				}
			}
			if (header == null) {
				throw new IllegalStateException(name + " has no header");
			}
			return new CsvResource(name, header, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + name, ex);
		}
	}

	int column(String column) {
		int index = this.header.indexOf(column);
		if (index < 0) {
			throw new IllegalStateException(this.name + " has no column '" + column + "'");
		}
		return index;
	}

	List<String[]> rows() {
		return this.rows;
	}

	/** An empty cell is a value the source does not have: NaN, so it cannot pass for 0. */
	static double number(String cell) {
		return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
	}

}
