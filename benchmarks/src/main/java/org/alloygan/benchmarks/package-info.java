/**
 * Benchmarks and quality evaluations whose figures are quoted, with their commands, in {@code docs/benchmarks.md}.
 */
package org.alloygan.benchmarks;
