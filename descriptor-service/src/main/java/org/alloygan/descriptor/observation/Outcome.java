package org.alloygan.descriptor.observation;

/** What happened to one observation on its way in. */
public record Outcome(Status status, String canonicalKey, String reason, java.util.List<String> warnings) {

	public enum Status {

		ACCEPTED, DUPLICATE, REJECTED

	}

	static Outcome accepted(String key, java.util.List<String> warnings) {
		return new Outcome(Status.ACCEPTED, key, null, warnings);
	}

	static Outcome duplicate() {
		return new Outcome(Status.DUPLICATE, null, "already received", java.util.List.of());
	}

	static Outcome rejected(String reason) {
		return new Outcome(Status.REJECTED, null, reason, java.util.List.of());
	}

}
