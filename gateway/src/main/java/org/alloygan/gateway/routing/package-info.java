/** Routing of /api/v1 to the services (routes in application.yml). */
package org.alloygan.gateway.routing;
