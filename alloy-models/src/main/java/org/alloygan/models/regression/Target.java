package org.alloygan.models.regression;

import java.util.Locale;

import org.alloygan.core.descriptor.ThermalDescriptors;
import org.alloygan.models.data.Sample;

/**
 * A predicted property. The derived criteria are modelled directly rather than computed from predicted temperatures,
 * because each model then minimises the error of the quantity that is reported and screened on.
 */
public enum Target {

	/** Glass transition temperature, K. */
	TG("Tg", "K"),

	/** Onset crystallisation temperature, K. */
	TX("Tx", "K"),

	/** Liquidus temperature, K. */
	TL("Tl", "K"),

	/** Reduced glass transition temperature Tg/Tl. */
	TRG("Trg", ""),

	/** γ = Tx/(Tg + Tl). */
	GAMMA("gamma", ""),

	/** Supercooled liquid region ΔTx = Tx − Tg, K. */
	DTX("dTx", "K");

	private final String label;

	private final String unit;

	Target(String label, String unit) {
		this.label = label;
		this.unit = unit;
	}

	/** The name used on the command line, in JSON and in model files, e.g. {@code "Trg"}. */
	public String label() {
		return this.label;
	}

	/** Unit, empty when dimensionless. */
	public String unit() {
		return this.unit;
	}

	/** The measured value of this property in a sample, or null when the needed temperatures are missing. */
	public Double value(Sample sample) {
		return switch (this) {
			case TG -> sample.tg();
			case TX -> sample.tx();
			case TL -> sample.tl();
			case TRG -> ThermalDescriptors.of(sample.tg(), null, sample.tl()).trg();
			case GAMMA -> ThermalDescriptors.of(sample.tg(), sample.tx(), sample.tl()).gamma();
			case DTX -> ThermalDescriptors.of(sample.tg(), sample.tx(), null).deltaTx();
		};
	}

	/**
	 * Reads a label: {@code Tg}, {@code Tx}, {@code Tl}, {@code Trg}, {@code gamma} (or {@code γ}), {@code dTx} (or
	 * {@code ΔTx}), case-insensitive.
	 * @throws IllegalArgumentException for anything else
	 */
	public static Target parse(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		return switch (value) {
			case "tg" -> TG;
			case "tx" -> TX;
			case "tl" -> TL;
			case "trg" -> TRG;
			case "gamma", "γ" -> GAMMA;
			case "dtx", "δtx", "deltatx" -> DTX;
			default -> throw new IllegalArgumentException(
					"unknown target '" + text + "'; expected one of Tg, Tx, Tl, Trg, gamma, dTx");
		};
	}

}
