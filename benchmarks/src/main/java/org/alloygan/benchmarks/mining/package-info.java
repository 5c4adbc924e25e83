/** Quality and speed of literature mining: precision/recall/F1 on the development corpus, throughput, LLM overhead. */
package org.alloygan.benchmarks.mining;
