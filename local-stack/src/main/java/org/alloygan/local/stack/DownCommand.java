package org.alloygan.local.stack;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alloygan down}: asks a running {@code up} to stop everything cleanly, and waits. */
@Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the local suite started by 'up'.")
public class DownCommand implements Callable<Integer> {

	@Option(names = "--data-dir", description = "Data folder of the stack (default: $ALLOYGAN_DATA or ./.alloygan).")
	Path dataDir;

	@Override
	public Integer call() throws Exception {
		StackLayout layout = StackLayout.of(this.dataDir);
		Optional<StackFile> file = StackFile.read(layout.stackFile());
		if (file.isEmpty()) {
			System.out.println("AlloyGAN is not running (data folder " + layout.dataDir() + ").");
			return 0;
		}
		StackFile stack = file.get();
		Optional<ProcessHandle> launcher = ProcessHandle.of(stack.launcherPid()).filter(ProcessHandle::isAlive);
		if (launcher.isPresent()) {
			System.out.println("Stopping AlloyGAN (launcher pid " + stack.launcherPid() + ")...");
			launcher.get().destroy();
			launcher.get().onExit().get(3, TimeUnit.MINUTES);
		}
		else {
			// The launcher died without cleaning up: stop the services it left behind.
			for (StackFile.Component component : stack.components()) {
				ProcessHandle.of(component.pid()).filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
			}
			java.nio.file.Files.deleteIfExists(layout.stackFile());
		}
		System.out.println("Stopped.");
		return 0;
	}

}
