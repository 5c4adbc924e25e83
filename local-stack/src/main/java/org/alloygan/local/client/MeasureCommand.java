package org.alloygan.local.client;

import java.time.LocalDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alloygan measure ...}: records one lab measurement (experimentalist role). */
@Command(name = "measure", mixinStandardHelpOptions = true,
		description = "Record one lab measurement (experimentalist role); a correction is the same lab and sample again.")
public class MeasureCommand extends ClientCommand {

	@Option(names = "--lab", required = true, description = "The lab.")
	String lab;

	@Option(names = "--sample", required = true, description = "The lab's sample id.")
	String sample;

	@Option(names = "--composition", required = true, description = "As cast, e.g. Zr55Cu30Al10Ni5.")
	String composition;

	@Option(names = "--tg", description = "Measured Tg, K.")
	Double tg;

	@Option(names = "--tx", description = "Measured Tx, K.")
	Double tx;

	@Option(names = "--tl", description = "Measured Tl, K.")
	Double tl;

	@Option(names = "--candidate", description = "The design candidate the sample was made from.")
	String candidate;

	@Option(names = "--method", defaultValue = "DSC", description = "Measurement method (default: ${DEFAULT-VALUE}).")
	String method;

	@Option(names = "--heating-rate", description = "Heating rate, K/min.")
	Double heatingRate;

	@Option(names = "--measured-on", description = "Date, e.g. 2026-11-20 (default: today).")
	LocalDate measuredOn;

	@Override
	void run(GatewayClient client) {
		if (this.tg == null && this.tx == null && this.tl == null) {
			throw new ClientException("give at least one measured value: --tg, --tx or --tl (K)", ClientException.USAGE);
		}
		show(client.postJson("/api/v1/measurements",
				GatewayClient.object("lab", this.lab, "sampleId", this.sample, "candidateId", this.candidate,
						"composition", this.composition, "tgK", this.tg, "txK", this.tx, "tlK", this.tl, "method",
						this.method, "heatingRateKPerMin", this.heatingRate, "measuredOn",
						((this.measuredOn != null) ? this.measuredOn : LocalDate.now()).toString()))
			.body());
	}

}
