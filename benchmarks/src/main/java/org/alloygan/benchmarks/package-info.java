/** JMH benchmarks; each figure quoted in docs/benchmarks.md names the command that produced it. */
package org.alloygan.benchmarks;
