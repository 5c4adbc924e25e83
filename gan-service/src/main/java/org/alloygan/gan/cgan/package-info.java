/**
 * The machine-learning core of the conditional GAN: training data, conditions, DJL networks,
 * training with metric curves, sampling and model artifacts, as plain Java without Spring.
 */
package org.alloygan.gan.cgan;
