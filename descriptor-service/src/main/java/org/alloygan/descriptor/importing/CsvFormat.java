package org.alloygan.descriptor.importing;

/**
 * The CSV shapes a dataset import understands. FORMULA: a {@code composition} column holding formulas;
 * WIDE: one column per element in at.% (as in the MMG data set).
 */
enum CsvFormat {

	FORMULA, WIDE

}
