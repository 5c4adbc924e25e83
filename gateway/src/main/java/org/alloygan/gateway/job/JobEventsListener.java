package org.alloygan.gateway.job;

import org.alloygan.core.events.JobEvent;
import org.alloygan.core.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin: turns alloy.jobs.v1 records into read-model updates. */
@Component
class JobEventsListener {

	private final JobViews views;

	JobEventsListener(JobViews views) {
		this.views = views;
	}

	@KafkaListener(topics = Topics.JOBS, groupId = "${spring.application.name}-jobs")
	void on(JobEvent event) {
		this.views.apply(event);
	}

}
