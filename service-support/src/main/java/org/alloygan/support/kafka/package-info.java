/** Kafka conventions: readiness, idempotent consumers, dead-letter topics. */
package org.alloygan.support.kafka;
