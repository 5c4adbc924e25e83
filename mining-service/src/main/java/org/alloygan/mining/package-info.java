/** mining-service: documents in, grounded alloy records out. */
package org.alloygan.mining;
