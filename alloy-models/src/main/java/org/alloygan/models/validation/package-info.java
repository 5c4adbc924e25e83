/**
 * Honest evaluation: k-fold splits grouped by canonical composition
 * ({@link org.alloygan.models.validation.GroupedKFold}) and the regression and classification metrics reported by the
 * cross-validations in the regression and gfa packages.
 */
package org.alloygan.models.validation;
