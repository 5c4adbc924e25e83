package org.alloygan.core.descriptor;

/**
 * Glass-forming-ability criteria from the characteristic temperatures measured on heating (DSC):
 * glass transition Tg, crystallisation onset Tx and liquidus Tl, all in K. Formulas and
 * references are in {@code docs/descriptors.md}.
 *
 * <p>
 * Datasets often lack one temperature (many papers give no Tl), so every input is optional and a
 * criterion whose inputs are missing is {@code null} rather than a made-up number.
 *
 * @param trg reduced glass transition temperature Tg/Tl (Turnbull 1969)
 * @param gamma γ = Tx/(Tg + Tl) (Lu &amp; Liu 2002)
 * @param deltaTx supercooled liquid region ΔTx = Tx − Tg in K (Inoue)
 * @param omega ω = Tg/Tx − 2Tg/(Tg + Tl) (Long et al. 2009); smaller means better glass former
 * @param gammaM γm = (2Tx − Tg)/Tl (Du et al. 2007)
 * @param xi ξ = Tg/Tl + ΔTx/Tx (Du &amp; Huang 2008)
 * @param beta β = Tx/Tg + Tg/Tl (Mondal &amp; Murty 2005)
 */
public record ThermalDescriptors(Double trg, Double gamma, Double deltaTx, Double omega, Double gammaM, Double xi,
		Double beta) {

	/**
	 * Computes every criterion whose temperatures are given.
	 * @param tg glass transition temperature in K, or null
	 * @param tx onset crystallisation temperature in K, or null
	 * @param tl liquidus temperature in K, or null
	 * @throws IllegalArgumentException if a given temperature is not positive and finite (a 0 or
	 * NaN placeholder for "unknown" must be passed as null)
	 */
	public static ThermalDescriptors of(Double tg, Double tx, Double tl) {
		check("Tg", tg);
		check("Tx", tx);
		check("Tl", tl);
		boolean gl = tg != null && tl != null;
		boolean gx = tg != null && tx != null;
		boolean all = gl && tx != null;
		return new ThermalDescriptors(gl ? tg / tl : null, all ? tx / (tg + tl) : null, gx ? tx - tg : null,
				all ? tg / tx - 2 * tg / (tg + tl) : null, all ? (2 * tx - tg) / tl : null,
				all ? tg / tl + (tx - tg) / tx : null, all ? tx / tg + tg / tl : null);
	}

	private static void check(String name, Double kelvin) {
		if (kelvin != null && !(kelvin > 0 && kelvin < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException(name + " must be a positive temperature in K or null, was " + kelvin);
		}
	}

}
