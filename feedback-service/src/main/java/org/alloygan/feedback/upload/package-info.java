/** CSV uploads of lab measurements, processed as a job with a per-row report. */
package org.alloygan.feedback.upload;
