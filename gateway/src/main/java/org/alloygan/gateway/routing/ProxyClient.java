package org.alloygan.gateway.routing;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client the routes forward with: Apache HttpClient 5 with a connection pool sized for a gateway
 * (the library's default allows 5 connections per service, so a sixth concurrent call would wait for one),
 * and without automatic retries: by default it would silently wait out a service's 429 or 503 Retry-After
 * and try again, where a proxy must hand the answer to the caller at once.
 */
@Configuration(proxyBeanMethods = false)
class ProxyClient {

	static final int CONNECTIONS_PER_SERVICE = 100;

	@Bean
	ClientHttpRequestFactoryBuilder<?> proxyClientHttpRequestFactoryBuilder() {
		return ClientHttpRequestFactoryBuilder.httpComponents()
			.withHttpClientCustomizer((client) -> client.disableAutomaticRetries())
			.withConnectionManagerCustomizer((pool) -> pool.setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
				.setMaxConnTotal(4 * CONNECTIONS_PER_SERVICE));
	}

}
