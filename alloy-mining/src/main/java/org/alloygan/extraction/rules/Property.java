package org.alloygan.extraction.rules;

/**
 * What a property name in the text refers to. {@link #OTHER} covers the temperatures and quantities that
 * look like ours but are not (ΔTx, Tp, Tm, Trg, an annealing temperature): recognising them is what keeps
 * their values from being read as Tg, Tx or Tl.
 */
public enum Property {

	TG, TX, TL, DMAX, OTHER;

	boolean isTemperature() {
		return this == TG || this == TX || this == TL;
	}

}
