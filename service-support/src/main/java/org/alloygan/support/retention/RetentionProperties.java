package org.alloygan.support.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long bookkeeping rows are kept.
 *
 * @param publishedEvents outbox rows already delivered to Kafka (kept a while for investigations)
 * @param processedEvents ids of consumed events; must outlast the time a redelivery can still arrive (Kafka's
 * retention, 7 days by default), or a late duplicate would be applied twice
 * @param interval how often old rows are deleted
 */
@ConfigurationProperties("alloygan.retention")
public record RetentionProperties(@DefaultValue("7d") Duration publishedEvents,
		@DefaultValue("30d") Duration processedEvents, @DefaultValue("1h") Duration interval) {
}
