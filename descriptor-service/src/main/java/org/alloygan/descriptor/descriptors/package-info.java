/** Composition and property descriptors, served in batches. */
package org.alloygan.descriptor.descriptors;
