/**
 * Lab measurements: reading submissions (JSON or CSV fields), checking them, storing them as revisions of
 * (lab, sample id), and publishing every accepted revision on {@code alloy.measurements.recorded.v1}.
 */
package org.alloygan.feedback.measurement;
