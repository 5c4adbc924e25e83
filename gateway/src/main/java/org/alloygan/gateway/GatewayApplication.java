package org.alloygan.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The one public API: routes /api/v1 to the services and serves the jobs read model. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		// The proxy uses HttpURLConnection (application.yml), which keeps at most 5 idle connections per
		// service unless told otherwise; with more concurrent callers the rest would be reopened every time.
		if (System.getProperty("http.maxConnections") == null) {
			System.setProperty("http.maxConnections", "64");
		}
		SpringApplication.run(GatewayApplication.class, args);
	}

}
