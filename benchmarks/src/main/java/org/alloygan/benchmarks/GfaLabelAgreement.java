package org.alloygan.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.data.GfaClass;
import org.alloygan.models.data.GfaSamples;
import org.alloygan.models.data.Sample;
import org.alloygan.models.data.SampleReader;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.gfa.GfaModel;

/**
 * An experiment, not a model: how often do practically identical alloys carry different GFA labels, and does the
 * classifier err where they do? For every alloy of the file (merged by canonical composition, highest class, as
 * {@code alloygan evaluate gfa}) it finds the nearest other alloy (half the L1 distance in at.%) and, per band of that
 * distance, prints how many alloys fall in it, how often the nearest alloy's label differs (glass / no glass and three
 * classes), and the classifier's out-of-fold error rate there (grouped 5-fold, fold seed 1, 100 rounds at η 0.3, glass
 * when P(ribbon) + P(BMG) ≥ 0.5). Two alloys 0.5 at.% apart are one alloy within the usual uncertainty of a nominal
 * composition, so a label difference between them is noise no composition model can learn.
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.GfaLabelAgreement WARD.csv}
 */
public final class GfaLabelAgreement {

	private static final double[] BANDS = { 0.5, 1, 2, 5, Double.POSITIVE_INFINITY };

	private GfaLabelAgreement() {
	}

	public static void main(String[] args) throws Exception {
		List<Sample> alloys = GfaSamples.byAlloy(new SampleReader().read(Path.of(args[0])).samples());
		List<Composition> compositions = alloys.stream().map(Sample::composition).toList();
		int n = compositions.size();
		int[] classes = alloys.stream().mapToInt((s) -> s.gfa().ordinal()).toArray();
		float[] probabilities = GfaDecisionBound.outOfFold(FeatureSet.standard().matrix(compositions), classes,
				compositions.stream().map(Composition::canonicalKey).toList(), 1);
		int[] count = new int[BANDS.length];
		int[] glassDiffers = new int[BANDS.length];
		int[] classDiffers = new int[BANDS.length];
		int[] glassErrors = new int[BANDS.length];
		int[] classErrors = new int[BANDS.length];
		for (int i = 0; i < n; i++) {
			int nearest = -1;
			double distance = Double.POSITIVE_INFINITY;
			for (int j = 0; j < n; j++) {
				if (j != i) {
					double d = distance(compositions.get(i), compositions.get(j));
					if (d < distance) {
						distance = d;
						nearest = j;
					}
				}
			}
			int band = 0;
			while (distance > BANDS[band]) {
				band++;
			}
			count[band]++;
			classDiffers[band] += (classes[nearest] != classes[i]) ? 1 : 0;
			glassDiffers[band] += (glass(classes[nearest]) != glass(classes[i])) ? 1 : 0;
			classErrors[band] += (GfaModel.mostLikely(probabilities, i).ordinal() != classes[i]) ? 1 : 0;
			glassErrors[band] += ((GfaModel.glassProbability(probabilities, i) >= 0.5) != glass(classes[i])) ? 1 : 0;
		}
		System.out.println("| nearest other alloy | alloys | its glass / no glass label differs | classifier's "
				+ "binary error | its 3-class label differs | classifier's 3-class error |");
		System.out.println("|---|---|---|---|---|---|");
		double lower = 0;
		for (int b = 0; b < BANDS.length; b++) {
			String band = Double.isInfinite(BANDS[b]) ? String.format(Locale.ROOT, "> %.1f at.%%", lower)
					: String.format(Locale.ROOT, "%.1f–%.1f at.%%", lower, BANDS[b]);
			System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", band, count[b],
					share(glassDiffers[b], count[b]), share(glassErrors[b], count[b]), share(classDiffers[b], count[b]),
					share(classErrors[b], count[b]));
			lower = BANDS[b];
		}
	}

	private static boolean glass(int gfaClass) {
		return gfaClass != GfaClass.NO_GLASS.ordinal();
	}

	private static String share(int part, int whole) {
		return String.format(Locale.ROOT, "%.3f", (whole == 0) ? 0.0 : part / (double) whole);
	}

	/** Half the L1 distance in at.%: the share of atoms that would have to change element. */
	static double distance(Composition a, Composition b) {
		Map<String, Double> x = a.atomicPercent();
		Map<String, Double> y = b.atomicPercent();
		double sum = 0;
		for (Map.Entry<String, Double> e : x.entrySet()) {
			sum += Math.abs(e.getValue() - y.getOrDefault(e.getKey(), 0.0));
		}
		for (Map.Entry<String, Double> e : y.entrySet()) {
			if (!x.containsKey(e.getKey())) {
				sum += e.getValue();
			}
		}
		return sum / 2;
	}

}
