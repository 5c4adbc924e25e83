/** Mining jobs: documents through an extractor, passage by passage, with progress on alloy.jobs.v1. */
package org.alloygan.mining.job;
