package org.alloygan.local.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alloygan models [id]}: model versions, or one of them. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List model versions, or show one.")
public class ModelsCommand extends ClientCommand {

	@Parameters(index = "0", arity = "0..1", description = "A model id, to show one.")
	String id;

	@Override
	void run(GatewayClient client) {
		if (this.id != null) {
			show(client.get("/api/v1/models/" + this.id).body());
			return;
		}
		JsonNode models = client.get("/api/v1/models").body();
		if (json()) {
			printer().json(models);
			return;
		}
		JsonNode rows = Rows.rowsOf(models);
		printer().table((models != null && models.has("content")) ? models : rows,
				List.of("id", "kind", "active", "datasetVersionId", "createdAt", "status"));
	}

}
