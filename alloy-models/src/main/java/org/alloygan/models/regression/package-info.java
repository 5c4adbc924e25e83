/**
 * Property regressors: one gradient-boosted tree model per {@link org.alloygan.models.regression.Target} with
 * split-conformal prediction intervals calibrated on grouped out-of-fold residuals, per alloy family where there are
 * enough of them ({@link org.alloygan.models.regression.Calibration}).
 */
package org.alloygan.models.regression;
