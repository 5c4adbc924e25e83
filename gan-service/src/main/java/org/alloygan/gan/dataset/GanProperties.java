package org.alloygan.gan.dataset;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param descriptorUrl where descriptor-service (the dataset) answers
 * @param artifacts directory where model artifacts are written (a volume in deployment)
 */
@ConfigurationProperties("alloygan.gan")
public record GanProperties(@DefaultValue("http://localhost:8082") URI descriptorUrl,
		@DefaultValue("./artifacts") Path artifacts) {
}
