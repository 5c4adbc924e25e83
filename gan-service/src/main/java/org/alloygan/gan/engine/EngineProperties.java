package org.alloygan.gan.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param device where training and inference run: auto, cpu or gpu */
@ConfigurationProperties("alloygan.gan.engine")
public record EngineProperties(@DefaultValue("auto") DeviceSetting device) {
}
