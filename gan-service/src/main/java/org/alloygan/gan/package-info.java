/** gan-service: CGAN training and inference with DJL, surrogate models, design jobs. */
package org.alloygan.gan;
