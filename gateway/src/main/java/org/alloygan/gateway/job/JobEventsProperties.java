package org.alloygan.gateway.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-Sent Events of jobs.
 *
 * @param pollInterval how often subscribed jobs are re-read, which catches changes applied by another
 * gateway replica (changes applied here are pushed at once)
 * @param heartbeat idle streams get a comment this often, so proxies keep them open and dead clients
 * are noticed
 * @param timeout a stream ends after this long; EventSource clients reconnect by themselves
 */
@ConfigurationProperties("alloygan.gateway.job-events")
record JobEventsProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("30m") Duration timeout) {
}
