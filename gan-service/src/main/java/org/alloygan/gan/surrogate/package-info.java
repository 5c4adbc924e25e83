/** Property surrogates: training, the active model, prediction requests. */
package org.alloygan.gan.surrogate;
