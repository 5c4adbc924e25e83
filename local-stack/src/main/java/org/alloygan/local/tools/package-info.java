/** Offline tools of the alloygan command that need no running services, such as {@code alloygan evaluate}. */
package org.alloygan.local.tools;
