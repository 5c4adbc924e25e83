package org.alloygan.gan.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** descriptor-service briefly away or failing does not fail the training that needs its rows; a 404 does at once. */
class DatasetClientRetryTests {

	private static final String ROWS = """
			[{"canonicalKey": "Cu50Zr50", "family": "Cu", "composition": "{\\"Cu\\": 50.0, \\"Zr\\": 50.0}",
			  "tgK": 675.0, "txK": 725.0, "tlK": 1210.0}]""";

	private HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void serverErrorsAreRetriedUntilTheRowsCome() throws IOException {
		URI url = serve(2, 503);
		DatasetClient.VersionRows rows = client(url, 3).rows(1);
		assertThat(rows.thermal()).singleElement().satisfies((row) -> assertThat(row.tgK()).isEqualTo(675.0));
		assertThat(this.requests.get()).isEqualTo(3);
	}

	@Test
	void aVersionThatDoesNotExistFailsWithoutRetrying() throws IOException {
		URI url = serve(Integer.MAX_VALUE, 404);
		assertThatThrownBy(() -> client(url, 3).rows(1)).isInstanceOf(HttpClientErrorException.NotFound.class);
		assertThat(this.requests.get()).isEqualTo(1);
	}

	@Test
	void anUnreachableServiceFailsOnceTheRetriesAreSpent() throws IOException {
		URI url = serve(0, 200);
		this.server.stop(0);
		this.server = null;
		assertThatThrownBy(() -> client(url, 2).latestVersionId()).isInstanceOf(ResourceAccessException.class);
	}

	@Test
	void rowsWithoutRetriesAreTriedOnceForAnswersThatMustNotWait() throws IOException {
		URI url = serve(1, 503);
		assertThatThrownBy(() -> client(url, 3).trainingRowsWithoutRetries(1))
			.isInstanceOf(HttpServerErrorException.class);
		assertThat(this.requests.get()).isEqualTo(1);
		assertThat(client(url, 3).trainingRowsWithoutRetries(1)).singleElement()
			.satisfies((row) -> assertThat(row.tlK()).isEqualTo(1210.0));
	}

	private DatasetClient client(URI url, int retries) {
		return new DatasetClient(RestClient.builder(),
				new GanProperties(url, Path.of("artifacts"), retries, Duration.ofMillis(10)), new ObjectMapper());
	}

	/** Answers the first {@code failures} requests with {@code status}, then with the rows. */
	private URI serve(int failures, int status) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			boolean fail = this.requests.incrementAndGet() <= failures;
			byte[] body = (fail ? "{}" : ROWS).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(fail ? status : 200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

}
