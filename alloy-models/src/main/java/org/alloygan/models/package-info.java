/**
 * Surrogate models for metallic glasses: the property regressors ({@link org.alloygan.models.SurrogateModel}), the
 * glass-forming-ability classifier ({@link org.alloygan.models.GfaClassifier}), their training, files, and the
 * batch {@link org.alloygan.models.Predictor}; plain Java so that both gan-service and the offline command line use
 * it. Method and protocol: {@code docs/models.md}, section "Surrogates".
 */
package org.alloygan.models;
