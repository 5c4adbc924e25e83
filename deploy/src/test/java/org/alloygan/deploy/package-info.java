/**
 * Checks of the deployment files (docker-compose, Dockerfiles, Helm chart, PostgreSQL init script) against
 * the settings the services actually read, so that a renamed variable, port or database breaks the build
 * rather than a deployment.
 */
package org.alloygan.deploy;
