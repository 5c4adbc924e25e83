package org.alloygan.gan.dataset;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param descriptorUrl where descriptor-service (the dataset) answers
 * @param artifacts directory where model artifacts are written (a volume in deployment)
 * @param descriptorRetries how often a request to descriptor-service is tried again when it cannot be reached or
 * answers 5xx (a restart, a rolling update), before the training or design that needs it fails
 * @param descriptorBackoff the wait before the first retry; it doubles for each further one, up to 20 s
 */
@ConfigurationProperties("alloygan.gan")
public record GanProperties(@DefaultValue("http://localhost:8082") URI descriptorUrl,
		@DefaultValue("./artifacts") Path artifacts, @DefaultValue("6") int descriptorRetries,
		@DefaultValue("1s") Duration descriptorBackoff) {
}
