package org.alloygan.gateway.job;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.alloygan.core.events.JobEvent;
import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;
import org.alloygan.core.events.Topics;
import org.alloygan.support.kafka.ProcessedEvents;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The jobs read model: applies job events idempotently and answers queries. */
@Service
class JobViews {

	private final JobViewRepository repository;

	private final ProcessedEvents processed;

	JobViews(JobViewRepository repository, ProcessedEvents processed) {
		this.repository = repository;
		this.processed = processed;
	}

	@Transactional
	void apply(JobEvent event) {
		if (!this.processed.claim(event.eventId(), Topics.JOBS)) {
			return;
		}
		this.repository.findById(event.jobId())
			.ifPresentOrElse((view) -> view.apply(event), () -> this.repository.save(JobView.from(event)));
	}

	@Transactional(readOnly = true)
	Optional<JobView> find(UUID id) {
		return this.repository.findById(id);
	}

	@Transactional(readOnly = true)
	Page<JobView> search(JobState state, JobType type, Instant createdAfter, Pageable page) {
		Specification<JobView> spec = (root, query, cb) -> cb.conjunction();
		if (state != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), state));
		}
		if (type != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), type));
		}
		if (createdAfter != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThan(root.get("createdAt"), createdAfter));
		}
		return this.repository.findAll(spec, page);
	}

}
