package org.alloygan.models;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.element.PeriodicTable;

/**
 * The set of elements a model saw in training, as a lookup by atomic number for the hot prediction loop.
 */
final class Elements {

	private final boolean[] seen = new boolean[PeriodicTable.MAX_Z + 1];

	private final List<String> symbols;

	Elements(Collection<String> symbols) {
		this.symbols = List.copyOf(new TreeSet<>(symbols));
		for (String symbol : this.symbols) {
			int z = PeriodicTable.atomicNumber(symbol);
			if (z == 0) {
				throw new IllegalArgumentException("unknown element '" + symbol + "'");
			}
			this.seen[z] = true;
		}
	}

	static Elements of(Collection<Composition> compositions) {
		TreeSet<String> symbols = new TreeSet<>();
		for (Composition composition : compositions) {
			for (int i = 0; i < composition.size(); i++) {
				symbols.add(composition.symbol(i));
			}
		}
		return new Elements(symbols);
	}

	List<String> symbols() {
		return this.symbols;
	}

	/** The elements of the composition that were not seen, or null when all were (the common case, no garbage). */
	List<String> unseen(Composition composition) {
		List<String> unseen = null;
		for (int i = 0; i < composition.size(); i++) {
			if (!this.seen[composition.atomicNumber(i)]) {
				unseen = (unseen != null) ? unseen : new java.util.ArrayList<>();
				unseen.add(composition.symbol(i));
			}
		}
		return unseen;
	}

}
