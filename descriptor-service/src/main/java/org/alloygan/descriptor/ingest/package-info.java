/** Kafka ways in: extracted literature records and lab measurements. */
package org.alloygan.descriptor.ingest;
