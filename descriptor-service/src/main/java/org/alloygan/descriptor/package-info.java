/** descriptor-service: the curated dataset of alloys, observations, descriptors and immutable versions. */
package org.alloygan.descriptor;
