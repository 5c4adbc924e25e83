package org.alloygan.local.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alloygan design --tg 700 --tx 790 --tl 1100}: asks the CGAN for alloys (designer role). */
@Command(name = "design", mixinStandardHelpOptions = true,
		description = "Ask the CGAN for alloys with target Tg / Tx / Tl in K (designer role).")
public class DesignCommand extends ClientCommand {

	/** How long the POST may wait for the finished design before the command follows the job instead. */
	static final int WAIT_IN_REQUEST_SECONDS = 60;

	@Option(names = "--tg", description = "Target glass transition temperature Tg, K.")
	Double tg;

	@Option(names = "--tx", description = "Target crystallisation onset Tx, K.")
	Double tx;

	@Option(names = "--tl", description = "Target liquidus Tl, K.")
	Double tl;

	@Option(names = "--count", description = "How many candidates.")
	Integer count;

	@Option(names = "--elements", split = ",", description = "Only these elements, e.g. Zr,Cu,Al,Ni.")
	List<String> elements;

	@Option(names = "--max-components", description = "At most this many elements per alloy.")
	Integer maxComponents;

	@Option(names = "--base-element", description = "The largest element of every candidate, e.g. Zr.")
	String baseElement;

	@Option(names = "--seed", description = "Makes the design reproducible with the same model.")
	Long seed;

	@Mixin
	JobSubmission submission = new JobSubmission();

	@Override
	void run(GatewayClient client) {
		Map<String, Double> targets = new LinkedHashMap<>();
		put(targets, "Tg_K", this.tg);
		put(targets, "Tx_K", this.tx);
		put(targets, "Tl_K", this.tl);
		if (targets.isEmpty()) {
			throw new ClientException("give at least one target: --tg, --tx or --tl (K)", ClientException.USAGE);
		}
		Map<String, Object> constraints = GatewayClient.object("allowedElements", this.elements, "maxComponents",
				this.maxComponents, "baseElement", this.baseElement);
		Map<String, Object> request = GatewayClient.object("targets", targets, "count", this.count, "constraints",
				constraints.isEmpty() ? null : constraints, "seed", this.seed);
		// With --wait the design usually comes back in the answer itself (201, Prefer: wait); a design that takes
		// longer than that is followed as a job.
		GatewayClient.Response response = this.submission.wait
				? client.postJson("/api/v1/designs", request, "Prefer",
						"wait=" + Math.max(1, Math.min(WAIT_IN_REQUEST_SECONDS, this.submission.timeout.toSeconds())))
				: client.postJson("/api/v1/designs", request);
		JsonNode design = (response.status() == 201) ? response.body()
				: this.submission.handle(this, client, response.body());
		if (design == null) {
			return;
		}
		if (json()) {
			printer().json(design);
			return;
		}
		JsonNode candidates = design.path("candidates");
		printer().details(Rows.withoutArrays(design));
		if (candidates.isArray()) {
			printer().line("");
			printer().table(Rows.liftNested(candidates), List.of("rank", "formula", "composition", "atomicPercent",
					"Tg_K", "Tx_K", "Tl_K", "Trg", "gamma", "dTx_K", "score", "candidateId"));
		}
	}

	private static void put(Map<String, Double> targets, String name, Double value) {
		if (value != null) {
			targets.put(name, value);
		}
	}

}
