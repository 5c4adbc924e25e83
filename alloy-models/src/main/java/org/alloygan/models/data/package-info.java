/**
 * Training samples ({@link org.alloygan.models.data.Sample}) and the readers of the two CSV layouts (a formula column,
 * or one column per element as in the MMG data set), with counts of every row that was renormalised or rejected.
 */
package org.alloygan.models.data;
