package org.alloygan.gan.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alloygan.gan.cgan.TrainingRow;

/**
 * The range of each target seen in the training data, kept with the model so that a design request for a
 * target outside it can be refused with the range named.
 */
public final class DataRanges {

	private DataRanges() {
	}

	/** Property name -> [min, max]; names as in design requests (Tg_K, Tx_K, Tl_K, Trg, gamma, dTx_K). */
	public static Map<String, double[]> of(List<TrainingRow> rows) {
		Map<String, double[]> ranges = new LinkedHashMap<>();
		range(ranges, "Tg_K", rows, TrainingRow::tgK);
		range(ranges, "Tx_K", rows, TrainingRow::txK);
		range(ranges, "Tl_K", rows, TrainingRow::tlK);
		range(ranges, "Trg", rows, (r) -> (r.tgK() != null && r.tlK() != null) ? r.tgK() / r.tlK() : null);
		range(ranges, "gamma", rows,
				(r) -> (r.tgK() != null && r.txK() != null && r.tlK() != null) ? r.txK() / (r.tgK() + r.tlK()) : null);
		range(ranges, "dTx_K", rows, (r) -> (r.tgK() != null && r.txK() != null) ? r.txK() - r.tgK() : null);
		return ranges;
	}

	private static void range(Map<String, double[]> ranges, String name, List<TrainingRow> rows,
			Function<TrainingRow, Double> value) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (TrainingRow row : rows) {
			Double v = value.apply(row);
			if (v != null) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		if (min <= max) {
			ranges.put(name, new double[] { min, max });
		}
	}

}
