package org.alloygan.gan.design;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElementConstraintsTests {

	static final List<String> VOCABULARY = List.of("Al", "Cu", "Ni", "Ti", "Zr");

	static final String MODEL = "the active CGAN (dataset version 3)";

	static DesignRequest.Constraints constraints(List<String> allowed, List<String> required, List<String> forbidden,
			Integer maxComponents, String base) {
		return new DesignRequest.Constraints(allowed, required, forbidden, maxComponents, base, null, null);
	}

	static void check(DesignRequest.Constraints constraints) {
		ElementConstraints.check(constraints, VOCABULARY, MODEL);
	}

	@Test
	void constraintsTheModelCanMeetPass() {
		assertThatCode(() -> check(null)).doesNotThrowAnyException();
		assertThatCode(() -> check(constraints(List.of("zr", "CU", "Al", "Fe"), List.of("Cu"), List.of("Fe"), 3, "Zr")))
			.doesNotThrowAnyException();
		assertThatCode(() -> check(constraints(null, null, List.of("Be"), null, null))).doesNotThrowAnyException();
	}

	@Test
	void symbolsThatAreNotElementsAreNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> check(constraints(null, List.of("Qq", "Cu", "X"), null, null, null)))
			.withMessage("requiredElements: 'Qq', 'X' are not element symbols");
		assertThatIllegalArgumentException().isThrownBy(() -> check(constraints(null, null, null, null, "Zirconium")))
			.withMessage("baseElement: 'Zirconium' is not an element symbol");
		assertThatIllegalArgumentException().isThrownBy(() -> check(constraints(List.of(""), null, null, null, null)))
			.withMessage("allowedElements: '' is not an element symbol");
	}

	@Test
	void contradictionsAreRefusedWithEveryReason() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> check(constraints(List.of("Zr", "Al"), List.of("Cu"), List.of("Cu"), 1, "Zr")))
			.withMessage("no composition can meet these constraints: Cu is both required and forbidden; "
					+ "Cu is required but not among allowedElements; "
					+ "maxComponents 1 is fewer than the 2 elements required [Cu, Zr]");
		assertThatIllegalArgumentException().isThrownBy(() -> check(constraints(null, null, List.of("Zr"), null, "Zr")))
			.withMessage("no composition can meet these constraints: Zr is both the base element and forbidden");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> check(constraints(List.of("Cu", "Zr"), null, List.of("Zr", "Cu"), null, null)))
			.withMessage("no composition can meet these constraints: every allowed element is also forbidden");
	}

	@Test
	void elementsTheModelNeverGeneratesAreUnprocessable() {
		assertThatThrownBy(() -> check(constraints(null, List.of("Au", "Pd", "Cu"), null, null, null)))
			.isInstanceOfSatisfying(ErrorResponseException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
				assertThat(ex.getBody().getDetail()).isEqualTo("[Au, Pd] cannot appear in a candidate: " + MODEL
						+ " never generates them; its elements are " + VOCABULARY);
				assertThat(ex.getBody().getProperties()).containsEntry("modelElements", VOCABULARY);
			});
		assertThatThrownBy(() -> check(constraints(null, null, null, null, "Pd")))
			.isInstanceOfSatisfying(ErrorResponseException.class, (ex) -> assertThat(ex.getBody().getDetail())
				.startsWith("[Pd] cannot appear in a candidate: " + MODEL + " never generates it;"));
		assertThatThrownBy(() -> check(constraints(List.of("Au", "Cu"), null, List.of("Cu"), null, null)))
			.isInstanceOfSatisfying(ErrorResponseException.class, (ex) -> assertThat(ex.getBody().getDetail())
				.isEqualTo("none of allowedElements [Au, Cu] is among the elements " + MODEL + " generates: "
						+ VOCABULARY));
	}

	@Test
	void theTargetNamesPeopleWriteGetASuggestion() {
		assertThat(DesignRequest.suggestion("Tg")).isEqualTo(" (did you mean 'Tg_K'? temperatures are in kelvin)");
		assertThat(DesignRequest.suggestion("ΔTx")).isEqualTo(" (did you mean 'dTx_K'? temperatures are in kelvin)");
		assertThat(DesignRequest.suggestion("γ")).isEqualTo(" (did you mean 'gamma'?)");
		assertThat(DesignRequest.suggestion("TRG")).isEqualTo(" (did you mean 'Trg'?)");
		assertThat(DesignRequest.suggestion("hardness")).isEmpty();
	}

}
