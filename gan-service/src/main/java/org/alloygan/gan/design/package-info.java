/** Inverse design: generation with the active CGAN, screening, ranking, candidates. */
package org.alloygan.gan.design;
