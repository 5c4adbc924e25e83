/** Real engines for service integration tests: PostgreSQL and a Kafka broker, no mocks. */
package org.alloygan.testsupport;
