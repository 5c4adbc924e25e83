package org.alloygan.gateway.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles of callers. Every role includes {@link #VIEWER} (everyone who may change something may also
 * read), and {@link #ADMIN} includes every role, so an operator's key works everywhere.
 */
public enum Role {

	/** Read-only: jobs, designs, models, the dataset. */
	VIEWER,
	/** Requests designs (POST /designs) and reads results. */
	DESIGNER,
	/** Uploads lab measurements. */
	EXPERIMENTALIST,
	/** Documents and mining, dataset imports and versions, model training and promotion. */
	CURATOR,
	/** API keys, and everything the other roles may do. */
	ADMIN;

	/** The name used in the API, keys and tokens: lower case. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	String authority() {
		return "ROLE_" + name();
	}

	/** Whether a caller holding this role may do what {@code required} allows. */
	public boolean includes(Role required) {
		return this == required || this == ADMIN || required == VIEWER;
	}

	/** The roles this one includes, itself first. */
	Set<Role> effective() {
		return Arrays.stream(values()).filter(this::includes).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	/** Parses a role name as written in keys and tokens (case-insensitive). */
	public static Role of(String name) {
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown role '" + name + "'; roles are "
					+ Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", ")), ex);
		}
	}

	/** Spring Security's hierarchy, equivalent to {@link #includes}. */
	static String hierarchy() {
		StringBuilder lines = new StringBuilder();
		for (Role role : values()) {
			if (role != ADMIN) {
				lines.append(ADMIN.authority()).append(" > ").append(role.authority()).append('\n');
			}
			if (role != VIEWER && role != ADMIN) {
				lines.append(role.authority()).append(" > ").append(VIEWER.authority()).append('\n');
			}
		}
		return lines.toString();
	}

}
