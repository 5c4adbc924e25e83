/**
 * The rule-based extractor, the offline default: compositions found with the alloy-core grammar, property
 * names and quantities with units found by a small vocabulary, and values linked to properties and alloys
 * by sentence structure (property lists, "respectively", "for X", "that of X") or by table columns.
 */
package org.alloygan.extraction.rules;
