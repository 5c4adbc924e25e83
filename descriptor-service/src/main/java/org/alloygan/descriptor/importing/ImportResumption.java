package org.alloygan.descriptor.importing;

import org.alloygan.core.events.JobType;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobResumption;

import org.springframework.stereotype.Component;

/**
 * An import whose instance stopped (a crash, a node drained mid-import) is continued by the replica that notices,
 * rather than failed: the file is stored with it, and each chunk of rows was committed together with the counts so
 * far, so the import goes on after the rows those counts cover and its report comes out as if it had not stopped.
 */
@Component
class ImportResumption implements JobResumption {

	private final DatasetImports imports;

	ImportResumption(DatasetImports imports) {
		this.imports = imports;
	}

	@Override
	public JobType type() {
		return JobType.IMPORT;
	}

	@Override
	public void resume(Job job) {
		this.imports.resume(job.id());
	}

}
