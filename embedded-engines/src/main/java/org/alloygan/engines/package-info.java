/** Real PostgreSQL and Kafka engines for machines that have only a JDK. */
package org.alloygan.engines;
