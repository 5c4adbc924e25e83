/** Offline tools of the alloygan command: they need no running services. */
package org.alloygan.local.tools;
