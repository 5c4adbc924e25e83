/** Auto-configuration and shared defaults applied to every service. */
package org.alloygan.support.config;
