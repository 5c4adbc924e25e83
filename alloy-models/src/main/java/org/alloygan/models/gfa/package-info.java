/**
 * The glass-forming-ability classifier: class probabilities for no glass / ribbon / bulk glass from the composition,
 * with glass vs no glass as the sum of the two glass classes
 * ({@link org.alloygan.models.gfa.GfaModel}), its training and its grouped cross-validation.
 */
package org.alloygan.models.gfa;
