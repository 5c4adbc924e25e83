/** The model registry: versions, provenance, metrics, promotion. */
package org.alloygan.gan.model;
