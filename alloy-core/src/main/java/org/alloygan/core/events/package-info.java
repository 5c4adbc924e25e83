/** Event records and topic names: the JSON contracts services exchange over Kafka. */
package org.alloygan.core.events;
