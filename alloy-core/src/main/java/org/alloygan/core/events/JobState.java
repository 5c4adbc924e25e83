package org.alloygan.core.events;

/** Where a job is in its life. Terminal states never change again. */
public enum JobState {

	QUEUED, RUNNING, SUCCEEDED, FAILED;

	public boolean isTerminal() {
		return this == SUCCEEDED || this == FAILED;
	}

}
