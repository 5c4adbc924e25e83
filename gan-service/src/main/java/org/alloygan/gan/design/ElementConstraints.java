package org.alloygan.gan.design;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alloygan.core.element.PeriodicTable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The element constraints of a design request, checked before any candidate is generated: a typo ("Qq"), a
 * contradiction (Cu both required and forbidden) or an element the active CGAN never generates would otherwise cost a
 * full generation of tens of thousands of candidates and end as a shortfall whose cause the chemist has to dig out of
 * the drop counts.
 */
final class ElementConstraints {

	private ElementConstraints() {
	}

	/**
	 * @param vocabulary the elements the active CGAN generates
	 * @param model how to name that model in a message, e.g. "the active CGAN (dataset version 3)"
	 * @throws IllegalArgumentException (400) for symbols that are not elements and for constraints no composition can
	 * meet
	 * @throws ErrorResponseException (422) for constraints the active model cannot meet
	 */
	static void check(DesignRequest.Constraints constraints, Collection<String> vocabulary, String model) {
		if (constraints == null) {
			return;
		}
		Set<String> allowed = symbols("allowedElements", constraints.allowedElements());
		Set<String> required = symbols("requiredElements", constraints.requiredElements());
		Set<String> forbidden = symbols("forbiddenElements", constraints.forbiddenElements());
		String base = (constraints.baseElement() != null) ? symbols("baseElement", List.of(constraints.baseElement()))
			.iterator()
			.next() : null;
		Set<String> needed = new LinkedHashSet<>((required != null) ? required : Set.of());
		if (base != null) {
			needed.add(base);
		}
		List<String> conflicts = new ArrayList<>();
		for (String element : needed) {
			if (forbidden != null && forbidden.contains(element)) {
				conflicts.add(element + " is both " + role(element, base, required) + " and forbidden");
			}
			if (allowed != null && !allowed.contains(element)) {
				conflicts.add(element + " is " + role(element, base, required) + " but not among allowedElements");
			}
		}
		if (constraints.maxComponents() != null && needed.size() > constraints.maxComponents()) {
			conflicts.add("maxComponents " + constraints.maxComponents() + " is fewer than the " + needed.size()
					+ " elements required " + needed);
		}
		if (allowed != null && forbidden != null && forbidden.containsAll(allowed)) {
			conflicts.add("every allowed element is also forbidden");
		}
		if (!conflicts.isEmpty()) {
			throw new IllegalArgumentException("no composition can meet these constraints: " + String.join("; ", conflicts));
		}
		List<String> missing = needed.stream().filter((e) -> !vocabulary.contains(e)).toList();
		if (!missing.isEmpty()) {
			throw unmeetable(missing + " cannot appear in a candidate: " + model + " never generates "
					+ ((missing.size() == 1) ? "it" : "them") + "; its elements are " + vocabulary, vocabulary);
		}
		if (allowed != null && allowed.stream()
			.noneMatch((e) -> vocabulary.contains(e) && (forbidden == null || !forbidden.contains(e)))) {
			throw unmeetable("none of allowedElements " + allowed + " is among the elements " + model
					+ " generates: " + vocabulary, vocabulary);
		}
	}

	private static String role(String element, String base, Set<String> required) {
		return (element.equals(base) && (required == null || !required.contains(element))) ? "the base element"
				: "required";
	}

	private static Set<String> symbols(String field, List<String> texts) {
		if (texts == null) {
			return null;
		}
		Set<String> symbols = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String text : texts) {
			String symbol = (text == null || text.isBlank()) ? String.valueOf(text) : Screening.symbol(text);
			if (PeriodicTable.isElement(symbol)) {
				symbols.add(symbol);
			}
			else {
				unknown.add("'" + text + "'");
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(field + ": " + String.join(", ", unknown)
					+ ((unknown.size() == 1) ? " is not an element symbol" : " are not element symbols"));
		}
		return symbols;
	}

	private static ErrorResponseException unmeetable(String detail, Collection<String> vocabulary) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail);
		problem.setTitle("Constraints the model cannot meet");
		problem.setProperty("modelElements", vocabulary);
		return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
	}

}
