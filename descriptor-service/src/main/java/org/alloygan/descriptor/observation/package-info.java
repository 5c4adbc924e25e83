/** Observations of alloy properties from every way in: validation, dedupe, rejections. */
package org.alloygan.descriptor.observation;
