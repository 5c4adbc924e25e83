package org.alloygan.feedback.upload;

import org.alloygan.core.events.JobType;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobResumption;

import org.springframework.stereotype.Component;

/**
 * A measurement upload whose instance stopped (a crash, a node drained mid-upload) is continued by the replica that
 * notices, rather than failed: the file is stored with it and every line's outcome was stored with the counts in one
 * transaction, so the upload goes on with the lines not yet stored and its report comes out whole.
 */
@Component
class UploadResumption implements JobResumption {

	private final MeasurementUploads uploads;

	UploadResumption(MeasurementUploads uploads) {
		this.uploads = uploads;
	}

	@Override
	public JobType type() {
		return JobType.MEASUREMENT_UPLOAD;
	}

	@Override
	public void resume(Job job) {
		this.uploads.resume(job.id());
	}

}
