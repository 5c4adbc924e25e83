package org.alloygan.gateway.job;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alloygan.core.events.JobEvent;
import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;
import org.alloygan.core.events.Topics;
import org.alloygan.support.kafka.ProcessedEvents;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	JobViews(JobViewRepository repository, ProcessedEvents processed, ApplicationEventPublisher events) {
		this.repository = repository;
		this.processed = processed;
		this.events = events;
	}

	/** Applies a job event; a change is announced as {@link JobChanged} (heard after commit, for SSE). */
	@Transactional
	void apply(JobEvent event) {
		if (!this.processed.claim(event.eventId(), Topics.JOBS)) {
			return;
		}
		Optional<JobView> existing = this.repository.findById(event.jobId());
		JobView view;
		if (existing.isPresent()) {
			view = existing.get();
			if (!view.apply(event)) {
				return;
			}
		}
		else {
			view = this.repository.save(JobView.from(event));
		}
		this.events.publishEvent(new JobChanged(view.toResponse(), view.version()));
	}

	@Transactional(readOnly = true)
	List<JobView> findAll(Collection<UUID> ids) {
		return this.repository.findAllById(ids);
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
