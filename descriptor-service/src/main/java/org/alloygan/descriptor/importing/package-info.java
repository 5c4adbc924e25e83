/** Bulk CSV import into the dataset, as a job with a per-row report. */
package org.alloygan.descriptor.importing;
