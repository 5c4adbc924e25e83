package org.alloygan.support.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often committed events are looked for
 * @param batchSize events sent per transaction
 * @param sendTimeout how long one send may wait for the broker's acknowledgement
 */
@ConfigurationProperties("alloygan.outbox")
public record OutboxProperties(@DefaultValue("200ms") Duration pollInterval, @DefaultValue("200") int batchSize,
		@DefaultValue("10s") Duration sendTimeout) {
}
