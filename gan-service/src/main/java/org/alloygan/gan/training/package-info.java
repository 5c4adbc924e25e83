/** Training jobs: on request, and on new dataset versions per policy. */
package org.alloygan.gan.training;
