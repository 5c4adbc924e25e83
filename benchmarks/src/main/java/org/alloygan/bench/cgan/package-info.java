/** Evaluation of the CGAN against its GAN and GAN+ baselines on the public glass data. */
package org.alloygan.bench.cgan;
