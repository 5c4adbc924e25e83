package org.alloygan.gateway.routing;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the services behind the gateway listen (the routes in application.yml use these). */
@ConfigurationProperties("alloygan.services")
public record ServiceUrls(URI mining, URI descriptor, URI gan, URI feedback) {
}
