/** The deep-learning engine (DJL + PyTorch) and the device it runs on. */
package org.alloygan.gan.engine;
