package org.alloygan.engines;

import java.io.IOException;
import java.net.ServerSocket;

/** Free loopback ports for engines started by tests. */
public final class FreePorts {

	private FreePorts() {
	}

	public static int next() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new EngineException("no free port: " + ex.getMessage(), ex);
		}
	}

}
