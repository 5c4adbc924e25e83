/** Predicted vs measured: how far the models' predictions for designed candidates were from the lab's values. */
package org.alloygan.feedback.validation;
