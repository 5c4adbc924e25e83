/** Documents in: upload (PDF, HTML, text or JSON), duplicate detection by sha256, text and passages stored. */
package org.alloygan.mining.document;
