/** Transactional outbox: events leave with the state change that caused them, never as a dual write. */
package org.alloygan.support.outbox;
