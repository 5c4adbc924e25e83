package org.alloygan.support.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a client is told when its request cannot be read or its parameters are out of range. */
@SpringJUnitWebConfig(ProblemHandlerTests.Web.class)
class ProblemHandlerTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
	}

	@Test
	void aBodyThatIsNotJsonSaysWhereItBreaks() throws Exception {
		this.mvc.perform(post("/targets").contentType(MediaType.APPLICATION_JSON).content("{\"count\": 3,\n oops}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					"request body is not valid JSON (line 2, column ")));
	}

	@Test
	void aMissingBodyIsCalledMissing() throws Exception {
		this.mvc.perform(post("/targets").contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("request body is missing or empty; send a JSON object"));
	}

	@Test
	void aFieldOfTheWrongTypeIsNamedWithItsPath() throws Exception {
		this.mvc
			.perform(post("/targets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"count\": 3, \"tg\": {\"value\": \"hot\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("request body field 'tg.value' cannot be \"hot\" (expected a number)"));
		this.mvc
			.perform(post("/targets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"count\": 3, \"kind\": \"GLASSY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("request body field 'kind' cannot be \"GLASSY\" (expected one of NO_GLASS, RIBBON, BMG)"));
		this.mvc
			.perform(post("/targets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"count\": 3, \"tg\": [700]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("request body field 'tg' has the wrong shape (expected a JSON object)"));
		this.mvc.perform(post("/targets").contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("request body has the wrong shape (expected a JSON object)"));
	}

	@Test
	void aCreatorsOwnMessageIsPassedOnWithTheField() throws Exception {
		this.mvc
			.perform(post("/targets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"count\": 3, \"tl\": \"warm\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("request body field 'tl' is invalid: a liquidus is a number of kelvin, not \"warm\""));
	}

	@Test
	void aParameterOutOfRangeIsNamedAsTheCallerWroteIt() throws Exception {
		this.mvc.perform(get("/alloys").param("size", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("invalid request: size must be greater than or equal to 1 (was 0)"))
			.andExpect(jsonPath("$.errors[0]").value("size must be greater than or equal to 1 (was 0)"));
	}

	@Test
	void aParameterOfTheWrongTypeSaysWhatItMayBe() throws Exception {
		this.mvc.perform(get("/alloys").param("kind", "GLASSY"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'GLASSY' is not a valid kind (expected one of NO_GLASS, RIBBON, BMG)"));
		this.mvc.perform(get("/alloys").param("size", "many"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'many' is not a valid size (expected a number)"));
		this.mvc.perform(get("/alloys").param("createdAfter", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("'yesterday' is not a valid createdAfter (expected a date-time such as 2026-12-01T00:00:00Z)"));
	}

	record Target(double value) {
	}

	record Liquidus(double kelvin) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Liquidus of(JsonNode node) {
			if (!node.isNumber()) {
				throw new IllegalArgumentException("a liquidus is a number of kelvin, not " + node);
			}
			return new Liquidus(node.asDouble());
		}

	}

	enum Kind {

		NO_GLASS, RIBBON, BMG

	}

	record Targets(int count, Target tg, Liquidus tl, Kind kind) {
	}

	@RestController
	@Validated
	static class Endpoints {

		@PostMapping("/targets")
		Targets echo(@RequestBody Targets targets) {
			return targets;
		}

		@GetMapping("/alloys")
		String alloys(@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size,
				@RequestParam(required = false) Kind kind, @RequestParam(required = false) Instant createdAfter) {
			return "size " + size + " " + kind + " " + createdAfter;
		}

	}

	@Configuration
	@EnableWebMvc
	static class Web {

		@Bean
		Endpoints endpoints() {
			return new Endpoints();
		}

		@Bean
		ProblemHandler problemHandler() {
			return new ProblemHandler();
		}

		@Bean
		static MethodValidationPostProcessor methodValidation() {
			return new MethodValidationPostProcessor();
		}

	}

}
