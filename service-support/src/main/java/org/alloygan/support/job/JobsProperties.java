package org.alloygan.support.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param heartbeatInterval how often an instance says that its unfinished jobs are still in hand
 * @param staleAfter an unfinished job whose heartbeat is older than this is failed as interrupted (its instance
 * stopped); several heartbeat intervals, so a busy instance is not mistaken for a dead one
 */
@ConfigurationProperties("alloygan.jobs")
public record JobsProperties(@DefaultValue("30s") Duration heartbeatInterval, @DefaultValue("2m") Duration staleAfter) {
}
