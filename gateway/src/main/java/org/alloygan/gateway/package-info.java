/** The gateway: the one public REST API of AlloyGAN. */
package org.alloygan.gateway;
