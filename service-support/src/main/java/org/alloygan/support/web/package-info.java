/** HTTP conventions shared by every service: problem+json errors and correlation ids. */
package org.alloygan.support.web;
