/** Access to the dataset versions owned by descriptor-service. */
package org.alloygan.gan.dataset;
