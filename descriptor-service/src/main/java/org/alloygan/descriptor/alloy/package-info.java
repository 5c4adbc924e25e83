/** Alloys by canonical composition, with their composition-only descriptors. */
package org.alloygan.descriptor.alloy;
