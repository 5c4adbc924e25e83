package org.alloygan.support.job;

import java.util.UUID;

import org.alloygan.support.web.NotFoundException;

/** A job id that this service does not know. */
public class JobNotFoundException extends NotFoundException {

	public JobNotFoundException(UUID id) {
		super("job " + id + " does not exist");
	}

}
