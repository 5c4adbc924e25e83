package org.alloygan.engines;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for engines and services started by tests. They are drawn below Linux's ephemeral
 * range (32768+): a port from that range can be taken as the local end of some outgoing connection between
 * our check and the child process binding it, which made stack start-ups fail now and then.
 */
public final class FreePorts {

	private static final int LOW = 20_000;

	private static final int HIGH = 32_000;

	private FreePorts() {
	}

	public static int next() {
		return consecutive(1);
	}

	/** The first of n consecutive free ports (the local stack's services take first..first+n-1). */
	public static int consecutive(int n) {
		for (int attempt = 0; attempt < 200; attempt++) {
			int first = ThreadLocalRandom.current().nextInt(LOW, HIGH - n);
			boolean free = true;
			for (int i = 0; i < n && free; i++) {
				free = isFree(first + i);
			}
			if (free) {
				return first;
			}
		}
		throw new EngineException("no " + n + " consecutive free ports between " + LOW + " and " + HIGH);
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress("127.0.0.1", port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
