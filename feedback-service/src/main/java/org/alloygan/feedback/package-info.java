/** feedback-service: lab measurements in, predicted-vs-measured validation out. */
package org.alloygan.feedback;
