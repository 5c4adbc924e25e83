package org.alloygan.gateway.job;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.alloygan.core.events.JobEvent;
import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;

/** A job as dashboards see it: the latest state any service announced for it. */
@Entity
@Table(name = "job_view")
class JobView {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private JobType type;

	@Enumerated(EnumType.STRING)
	private JobState state;

	private double progress;

	private String message;

	@Column(name = "result_link")
	private String resultLink;

	private String producer;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	/** Bumped on every applied event; the basis of the ETag dashboards poll with. */
	private long version;

	/** How often another instance took the job over (its QUEUED event then follows RUNNING legitimately). */
	private int resumed;

	protected JobView() {
	}

	static JobView from(JobEvent event) {
		JobView view = new JobView();
		view.id = event.jobId();
		view.type = event.type();
		view.producer = event.producer();
		view.createdAt = event.occurredAt();
		view.version = 0;
		view.take(event);
		return view;
	}

	/**
	 * Applies an event unless it is older than what is shown or would move a finished job back; events of
	 * one job arrive in order (keyed by job id), this guards against replays. A job goes back to QUEUED only when
	 * another instance took it over (a higher {@code resumed} count).
	 * @return whether the view changed
	 */
	boolean apply(JobEvent event) {
		if (event.occurredAt().isBefore(this.updatedAt) || this.state.isTerminal()) {
			return false;
		}
		if (event.state() == JobState.QUEUED && this.state != JobState.QUEUED && event.resumed() <= this.resumed) {
			return false;
		}
		take(event);
		this.version++;
		return true;
	}

	private void take(JobEvent event) {
		this.state = event.state();
		this.progress = event.progress();
		this.message = event.message();
		this.resultLink = event.resultLink();
		this.updatedAt = event.occurredAt();
		this.resumed = Math.max(this.resumed, event.resumed());
		if (event.occurredAt().isBefore(this.createdAt)) {
			this.createdAt = event.occurredAt();
		}
	}

	JobResponse toResponse() {
		return new JobResponse(this.id, this.type, this.state, this.progress, this.message, this.resultLink,
				this.producer, this.createdAt, this.updatedAt, this.resumed);
	}

	UUID id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

}
