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

	/** The first of n consecutive free ports (the local stack's services take first..first+n-1). */
	public static int consecutive(int n) {
		for (int attempt = 0; attempt < 50; attempt++) {
			int first = next();
			boolean free = true;
			for (int i = 1; i < n && free; i++) {
				try (ServerSocket socket = new ServerSocket(first + i)) {
					socket.setReuseAddress(true);
				}
				catch (IOException ex) {
					free = false;
				}
			}
			if (free && first + n < 65535) {
				return first;
			}
		}
		throw new EngineException("no " + n + " consecutive free ports");
	}

}
