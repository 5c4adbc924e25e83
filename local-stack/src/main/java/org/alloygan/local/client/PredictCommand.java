package org.alloygan.local.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alloygan predict Cu46Zr46Al8 ...}: predicted properties from the active surrogate model and glass-forming
 * class probabilities from the active GFA classifier ({@code glass} = P(ribbon) + P(BMG)).
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
		description = "Predict Tg / Tx / Tl and more of compositions with the active surrogate model, and their "
				+ "glass-forming class (gfaClass, P(glass)) with the active GFA classifier.")
public class PredictCommand extends ClientCommand {

	@Parameters(arity = "1..*", description = "Compositions, e.g. Cu46Zr46Al8 Pd40Ni40P20.")
	List<String> compositions;

	@Option(names = "--model", description = "A surrogate or GFA classifier model id to predict with instead of the "
			+ "active one of its kind, e.g. a retrained model before promoting it (default: the active ones).")
	String model;

	@Override
	void run(GatewayClient client) {
		JsonNode answer = client
			.postJson("/api/v1/predictions", GatewayClient.object("compositions", this.compositions, "modelId", this.model))
			.body();
		if (json()) {
			printer().json(answer);
			return;
		}
		JsonNode rows = Rows.rowsOf(answer);
		if (rows == null) {
			printer().details(answer);
			return;
		}
		printer().details(Rows.withoutArrays(answer));
		// distance: at.% to the nearest alloy the surrogate learned from (nearestKnown)
		printer().table(Rows.liftNested(rows), List.of("input", "composition", "formula", "Tg_K", "Tx_K", "Tl_K", "Trg",
				"gamma", "dTx_K", "gfaClass", "glass", "distance", "error"));
		for (JsonNode row : rows) {
			for (JsonNode warning : row.path("warnings")) {
				printer().line("warning: " + row.path("input").asText() + ": " + warning.asText());
			}
		}
	}

}
