/** The alloygan command line. */
package org.alloygan.local;
