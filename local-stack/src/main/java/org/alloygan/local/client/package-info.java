/** Client commands of ./alloygan against a gateway: design, jobs, job, measure, upload, import, models, predict. */
package org.alloygan.local.client;
