/** The jobs read model: every service's jobs, fed by alloy.jobs.v1. */
package org.alloygan.gateway.job;
