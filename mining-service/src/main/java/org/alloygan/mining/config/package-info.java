/** Settings of mining-service and the extractors they select. */
package org.alloygan.mining.config;
