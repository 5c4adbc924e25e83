package org.alloygan.local;

import org.alloygan.local.demo.DemoCommand;
import org.alloygan.local.client.DesignCommand;
import org.alloygan.local.client.ImportCommand;
import org.alloygan.local.client.JobCommand;
import org.alloygan.local.client.JobsCommand;
import org.alloygan.local.client.MeasureCommand;
import org.alloygan.local.client.ModelsCommand;
import org.alloygan.local.client.PredictCommand;
import org.alloygan.local.client.UploadCommand;
import org.alloygan.local.stack.DownCommand;
import org.alloygan.local.stack.StatusCommand;
import org.alloygan.local.stack.UpCommand;
import org.alloygan.local.tools.DescriptorsCommand;
import org.alloygan.local.tools.EvaluateCommand;
import org.alloygan.local.tools.ExtractCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./alloygan}: runs the suite locally and, offline, the tools that need no services. */
@Command(name = "alloygan", mixinStandardHelpOptions = true, version = "AlloyGAN 0.1.0",
		description = "Inverse design of metallic glasses: local suite and tools.",
		subcommands = { UpCommand.class, DemoCommand.class, StatusCommand.class, DownCommand.class, DescriptorsCommand.class,
				ExtractCommand.class, EvaluateCommand.class, DesignCommand.class, JobsCommand.class, JobCommand.class,
				MeasureCommand.class, UploadCommand.class, ImportCommand.class, ModelsCommand.class, PredictCommand.class })
public class AlloyGanCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		System.exit(new CommandLine(new AlloyGanCommand())
			// Users get the reason, not a stack trace; unexpected errors keep theirs.
			.setExecutionExceptionHandler((ex, command, parsed) -> {
				if (!(ex instanceof IllegalStateException || ex instanceof IllegalArgumentException
						|| ex instanceof java.io.UncheckedIOException)) {
					throw ex;
				}
				command.getErr().println("alloygan: " + ex.getMessage());
				return 1;
			})
			.execute(args));
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(System.out);
	}

}
