/** Design candidates received from gan-service, kept locally so measurements can be linked and validated. */
package org.alloygan.feedback.candidate;
