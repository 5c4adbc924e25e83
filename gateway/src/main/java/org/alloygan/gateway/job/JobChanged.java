package org.alloygan.gateway.job;

/** The read model applied an event to a job (published inside the transaction, heard after commit). */
record JobChanged(JobResponse job, long version) {
}
