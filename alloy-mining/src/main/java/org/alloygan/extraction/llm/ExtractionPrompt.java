package org.alloygan.extraction.llm;

import java.util.List;

import org.alloygan.extraction.Passage;
import org.alloygan.extraction.llm.ChatClient.Message;

/**
 * The versioned prompt. Any change to the wording or the schema gets a new {@link #VERSION}, which every
 * record carries, so results of different prompts are never mixed up unknowingly.
 *
 * <p>
 * The model is asked to copy numbers and units as printed and never to convert: conversion happens here,
 * in code, and the grounding check then finds each number in the passage.
 */
public final class ExtractionPrompt {

	public static final String VERSION = "alloygan-extract-v1";

	static final String SYSTEM = """
			You extract metallic-glass data from one passage of a scientific paper.
			Reply with one JSON object and nothing else (no prose, no markdown), exactly this shape:
			{"records": [{"composition": "<alloy composition exactly as printed in the passage>",
			  "Tg": {"value": <number>, "unit": "K" | "°C"} or null,
			  "Tx": {"value": <number>, "unit": "K" | "°C"} or null,
			  "Tl": {"value": <number>, "unit": "K" | "°C"} or null,
			  "Dmax": {"value": <number>, "unit": "mm" | "cm" | "µm"} or null,
			  "heating_rate": {"value": <number>, "unit": "K/min" | "K/s" | "°C/min" | "°C/s"} or null,
			  "confidence": <number from 0 to 1>}]}
			Rules:
			- One record per alloy composition for which the passage states at least one of Tg, Tx, Tl or Dmax.
			- Tg: glass transition temperature. Tx: onset crystallization temperature (first event).
			  Tl: liquidus temperature. Dmax: critical (maximum glass-forming) diameter or thickness.
			- Copy each number and its unit exactly as printed. Never convert units, compute, round or guess.
			- Use null for anything the passage does not state for that alloy.
			- Not Tg/Tx/Tl: ΔTx (supercooled liquid region), Tp (peak), Tm or solidus, Trg, γ, annealing,
			  casting or test temperatures, temperature differences (Tg + 20 K) and ranges (620-640 K).
			- Not a heating rate: cooling rates and critical cooling rates.
			- Copy the composition string character for character (e.g. Zr41.2Ti13.8Cu12.5Ni10Be22.5 or
			  (Cu50Zr50)92Al8); skip alloys named only by a nickname or a variable such as x.
			- If the passage states no such values, reply {"records": []}.
			""";

	private ExtractionPrompt() {
	}

	static List<Message> messages(Passage passage) {
		StringBuilder user = new StringBuilder();
		if (passage.context() != null && !passage.context().isBlank()) {
			user.append("Table header (context only): ").append(passage.context()).append("\n");
		}
		user.append("Passage (").append(passage.kind().name().toLowerCase().replace('_', ' ')).append("):\n")
			.append(passage.text());
		return List.of(new Message("system", SYSTEM), new Message("user", user.toString()));
	}

	static Message repair(String problem) {
		return new Message("user", "That reply cannot be used: " + problem
				+ ". Reply again with only the JSON object in the shape described, nothing else.");
	}

}
