/** Offline tools of the {@code alloygan} command that need no running services. */
package org.alloygan.local.tools;
