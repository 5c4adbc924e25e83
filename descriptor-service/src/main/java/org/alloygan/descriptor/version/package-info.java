/** Immutable dataset versions: cut, checksummed, announced, streamed for training. */
package org.alloygan.descriptor.version;
