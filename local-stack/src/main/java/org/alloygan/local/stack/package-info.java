/** The local stack: embedded engines plus the five services as child JVMs. */
package org.alloygan.local.stack;
