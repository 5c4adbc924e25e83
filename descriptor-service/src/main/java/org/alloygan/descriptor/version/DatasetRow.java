package org.alloygan.descriptor.version;

/**
 * One alloy in a dataset version: its observations aggregated (median, count and spread of each property;
 * the largest Dmax; the most frequent GFA class), plus its descriptors as JSON.
 */
public record DatasetRow(String canonicalKey, String formula, String family, int nComponents, String composition,
		Double tgK, Double txK, Double tlK, int tgCount, int txCount, int tlCount, Double tgSpreadK, Double txSpreadK,
		Double tlSpreadK, Double dmaxMm, String gfaClass, int observations, String descriptors) {
}
