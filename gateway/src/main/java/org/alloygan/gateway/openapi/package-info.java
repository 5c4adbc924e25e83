/** The one OpenAPI document of /api/v1: the services' routes (hand-written) and the gateway's own. */
package org.alloygan.gateway.openapi;
