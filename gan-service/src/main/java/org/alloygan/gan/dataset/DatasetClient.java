package org.alloygan.gan.dataset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.alloygan.core.descriptor.ReportedTemperatures;
import org.alloygan.gan.cgan.TrainingRow;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads dataset versions from descriptor-service, which owns them. A request that cannot reach it, or that it answers
 * with a server error, is tried again with exponential backoff ({@link GanProperties#descriptorRetries()}): a training
 * job that a new dataset version triggered must not be lost because descriptor-service was restarting at that moment.
 */
@Component
public class DatasetClient {

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

	private final RestClient http;

	private final ObjectMapper json;

	private final Retry retry;

	DatasetClient(RestClient.Builder builder, GanProperties properties, ObjectMapper json) {
		this.http = builder.baseUrl(properties.descriptorUrl().toString()).build();
		this.json = json;
		this.retry = Retry.of("descriptor-service", RetryConfig.custom()
			.maxAttempts(properties.descriptorRetries() + 1)
			.intervalFunction(IntervalFunction.ofExponentialBackoff(properties.descriptorBackoff(), 2.0, MAX_BACKOFF))
			.retryOnException(DatasetClient::worthRetrying)
			.build());
	}

	/** Away or failing on its side: yes; a 4xx answer (no such version, a bad request) will not change: no. */
	static boolean worthRetrying(Throwable failure) {
		return failure instanceof ResourceAccessException || failure instanceof HttpServerErrorException;
	}

	/**
	 * One row of a version as descriptor-service serves it (JSON form of its DatasetRow; fields not named here are
	 * ignored).
	 */
	record Row(String canonicalKey, String family, String composition, Double tgK, Double txK, Double tlK,
			String gfaClass, Double tgSpreadK, Double txSpreadK, Double tlSpreadK) {

		/** Whether the reports of one of its temperatures disagree ({@link ReportedTemperatures}). */
		boolean disagreeing() {
			return ReportedTemperatures.disagree(this.tgK, this.tgSpreadK)
					|| ReportedTemperatures.disagree(this.txK, this.txSpreadK)
					|| ReportedTemperatures.disagree(this.tlK, this.tlSpreadK);
		}

	}

	/**
	 * One alloy of a version with a glass-forming class.
	 *
	 * @param canonicalKey descriptor-service's key of the alloy
	 * @param atomicPercent the composition
	 * @param gfaClass {@code BMG}, {@code RIBBON} or {@code NO_GLASS}, as descriptor-service serves it (the highest
	 * class among the alloy's observations; the most frequent in versions cut before that rule)
	 */
	public record GfaRow(String canonicalKey, Map<String, Double> atomicPercent, String gfaClass) {
	}

	/**
	 * What a training job learns from: the rows with at least one of Tg/Tx/Tl and the rows with a glass-forming
	 * class (an alloy may be in both).
	 *
	 * @param disagreeing of the thermal rows, the alloys whose reports of a temperature disagree (the row holds their
	 * median)
	 */
	public record VersionRows(List<TrainingRow> thermal, List<GfaRow> gfa, int disagreeing) {

		public VersionRows {
			thermal = List.copyOf(thermal);
			gfa = List.copyOf(gfa);
		}

	}

	/** The version's rows with at least one of Tg/Tx/Tl, as CGAN training rows. */
	public List<TrainingRow> trainingRows(long versionId) {
		return rows(versionId).thermal();
	}

	/**
	 * The version's rows with at least one of Tg/Tx/Tl, one attempt only: for answers that should rather go without
	 * them than keep a caller waiting through the retries.
	 */
	public List<TrainingRow> trainingRowsWithoutRetries(long versionId) {
		return split(fetch(versionId)).thermal();
	}

	/** The version's rows with temperatures and those with a glass-forming class, read once. */
	public VersionRows rows(long versionId) {
		return split(this.retry.executeSupplier(() -> fetch(versionId)));
	}

	private List<Row> fetch(long versionId) {
		return this.http.get()
			.uri("/api/v1/datasets/versions/{id}/rows?format=json", versionId)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Row>>() {
			});
	}

	private VersionRows split(List<Row> rows) {
		List<TrainingRow> thermal = new ArrayList<>();
		List<GfaRow> gfa = new ArrayList<>();
		int disagreeing = 0;
		for (Row row : (rows != null) ? rows : List.<Row>of()) {
			boolean measured = row.tgK() != null || row.txK() != null || row.tlK() != null;
			boolean labelled = row.gfaClass() != null && !row.gfaClass().isBlank();
			if (!measured && !labelled) {
				continue;
			}
			Map<String, Double> composition = composition(row);
			if (measured) {
				thermal.add(new TrainingRow(composition, row.tgK(), row.txK(), row.tlK(), row.family()));
				disagreeing += row.disagreeing() ? 1 : 0;
			}
			if (labelled) {
				gfa.add(new GfaRow(row.canonicalKey(), composition, row.gfaClass()));
			}
		}
		return new VersionRows(thermal, gfa, disagreeing);
	}

	/**
	 * Whether descriptor-service says the version does not exist (404), asked once: a request naming it can be refused
	 * at once rather than queue a job that fails. False when it exists or when descriptor-service cannot tell now (the
	 * job then reads it with retries, as any job does).
	 */
	public boolean versionMissing(long versionId) {
		try {
			this.http.get().uri("/api/v1/datasets/versions/{id}", versionId).retrieve().toBodilessEntity();
			return false;
		}
		catch (HttpClientErrorException.NotFound ex) {
			return true;
		}
		catch (RestClientException ex) {
			return false;
		}
	}

	/** The newest version's id, or null when the dataset has none yet. */
	public Long latestVersionId() {
		List<Map<String, Object>> versions = this.retry.executeSupplier(() -> this.http.get()
			.uri("/api/v1/datasets/versions")
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			}));
		return (versions == null || versions.isEmpty()) ? null : ((Number) versions.get(0).get("id")).longValue();
	}

	private Map<String, Double> composition(Row row) {
		try {
			return this.json.readValue(row.composition(), new TypeReference<Map<String, Double>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("dataset row " + row.canonicalKey() + " has an unreadable composition", ex);
		}
	}

}
