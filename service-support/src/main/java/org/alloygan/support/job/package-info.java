/** Jobs owned by a service and their lifecycle events on alloy.jobs.v1. */
package org.alloygan.support.job;
