package org.alloygan.support.job;

import java.time.Duration;
import java.util.Set;

import org.alloygan.core.events.JobType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param heartbeatInterval how often an instance says that its unfinished jobs are still in hand
 * @param staleAfter an unfinished job whose heartbeat is older than this is failed as interrupted (its instance
 * stopped); several heartbeat intervals, so a busy instance is not mistaken for a dead one
 * @param resumedElsewhere types of job this instance leaves alone when their instance stopped, neither failing nor
 * taking them over, because other instances do that work and take them over (gan-service's inference pods leave
 * TRAINING to the training pool); default none
 */
@ConfigurationProperties("alloygan.jobs")
public record JobsProperties(@DefaultValue("30s") Duration heartbeatInterval, @DefaultValue("2m") Duration staleAfter,
		Set<JobType> resumedElsewhere) {

	public JobsProperties {
		resumedElsewhere = (resumedElsewhere != null) ? Set.copyOf(resumedElsewhere) : Set.of();
	}

}
