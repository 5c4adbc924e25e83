package org.alloygan.gan.design;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.engines.PostgresServer;
import org.alloygan.testsupport.RealInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V3 copies the candidates of designs stored as rows into the JSON document GET returns, losing nothing; V5 does the
 * same for designs an older pod finished during the rolling update after V3, then drops the rows' table.
 */
class DesignCandidatesMigrationTests {

	@Test
	void candidatesStoredAsRowsBecomeTheDocumentGetReturns() throws Exception {
		String database = "gan_migration_" + Long.toHexString(System.nanoTime());
		RealInfrastructure.postgres().ensureDatabase(database);
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				RealInfrastructure.postgres().jdbcUrl(database), PostgresServer.USER, "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID finished = UUID.randomUUID();
		UUID running = UUID.randomUUID();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		jdbc.sql("INSERT INTO design (id, request, created_at, finished_at) VALUES (?, '{}', now(), now()), "
				+ "(?, '{}', now(), null)").params(finished, running).update();
		jdbc.sql("""
				INSERT INTO design_candidate (id, design_id, rank, canonical_key, formula, composition, predicted,
				    novelty, nearest_known, score, gfa) VALUES
				(?, ?, 2, 'Cu50.00Zr50.00', 'Cu50Zr50', '{"Cu":50.0,"Zr":50.0}', null, 3.5, 'Cu50Zr50', null, null),
				(?, ?, 1, 'Al10.00Cu40.00Zr50.00', 'Zr50Cu40Al10', '{"Al":10.0,"Cu":40.0,"Zr":50.0}',
				 '{"Tg_K":{"value":700.5,"lower":680.0,"upper":721.0}}', 12.0, 'Zr50Cu45Al5', 0.01,
				 '{"noGlass":0.1,"ribbon":0.3,"bmg":0.6,"glass":0.9}')""")
			.params(second, finished, first, finished)
			.update();

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("4").load().migrate();
		// finished by a pod of the version before V3 while the new version rolled out: rows, no document
		UUID lateDesign = UUID.randomUUID();
		UUID lateCandidate = UUID.randomUUID();
		jdbc.sql("INSERT INTO design (id, request, created_at, finished_at) VALUES (?, '{}', now(), now())")
			.param(lateDesign)
			.update();
		jdbc.sql("""
				INSERT INTO design_candidate (id, design_id, rank, canonical_key, formula, composition, novelty)
				VALUES (?, ?, 1, 'Cu50.00Zr50.00', 'Cu50Zr50', '{"Cu":50.0,"Zr":50.0}', 3.5)""")
			.params(lateCandidate, lateDesign)
			.update();
		String copiedByV3 = jdbc.sql("SELECT candidates FROM design WHERE id = ?").param(finished).query(String.class).single();

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

		String document = jdbc.sql("SELECT candidates FROM design WHERE id = ?").param(finished).query(String.class).single();
		List<Map<String, Object>> candidates = new ObjectMapper().readValue(document, List.class);
		assertThat(candidates).hasSize(2);
		assertThat(candidates.get(0)).containsEntry("id", first.toString())
			.containsEntry("rank", 1)
			.containsEntry("formula", "Zr50Cu40Al10")
			.containsEntry("canonicalKey", "Al10.00Cu40.00Zr50.00")
			.containsEntry("composition", Map.of("Al", 10.0, "Cu", 40.0, "Zr", 50.0))
			.containsEntry("predicted", Map.of("Tg_K", Map.of("value", 700.5, "lower", 680.0, "upper", 721.0)))
			.containsEntry("nearestKnown", "Zr50Cu45Al5")
			.containsEntry("score", 0.01)
			.containsEntry("gfa", Map.of("noGlass", 0.1, "ribbon", 0.3, "bmg", 0.6, "glass", 0.9));
		// PostgreSQL writes 12.0 as 12: the same JSON number
		assertThat(((Number) candidates.get(0).get("novelty")).doubleValue()).isEqualTo(12.0);
		// absent values stay absent, as the service writes them
		assertThat(candidates.get(1)).containsEntry("id", second.toString())
			.containsEntry("rank", 2)
			.doesNotContainKeys("predicted", "score", "gfa");
		assertThat(jdbc.sql("SELECT candidates FROM design WHERE id = ?").param(running).query(String.class).optional())
			.isEmpty();
		assertThat(document).as("V5 leaves a document V3 wrote as it was").isEqualTo(copiedByV3);
		List<Map<String, Object>> late = new ObjectMapper().readValue(
				jdbc.sql("SELECT candidates FROM design WHERE id = ?").param(lateDesign).query(String.class).single(),
				List.class);
		assertThat(late).singleElement()
			.satisfies((c) -> assertThat(c).containsEntry("id", lateCandidate.toString())
				.containsEntry("formula", "Cu50Zr50")
				.containsEntry("composition", Map.of("Cu", 50.0, "Zr", 50.0))
				.doesNotContainKey("predicted"));
		assertThat(jdbc.sql("SELECT to_regclass('design_candidate') IS NULL").query(Boolean.class).single()).isTrue();
	}

}
