package org.alloygan.gan.surrogate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.composition.Composition;
import org.alloygan.gan.dataset.DatasetClient.GfaRow;
import org.alloygan.gan.dataset.GanProperties;
import org.alloygan.gan.model.ModelRegistry;
import org.alloygan.gan.model.ModelVersion;
import org.alloygan.models.GfaClassifier;
import org.alloygan.models.ModelFiles;
import org.alloygan.models.data.GfaClass;
import org.alloygan.models.data.GfaSamples;
import org.alloygan.models.data.Sample;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.gfa.GfaEvaluation;
import org.alloygan.models.gfa.GfaModel;
import org.alloygan.models.gfa.GfaOptions;
import org.alloygan.models.validation.ClassificationMetrics;
import org.alloygan.support.json.StoredJson;

import org.springframework.stereotype.Service;

/**
 * Trains the glass-forming-ability classifier (gradient-boosted trees from alloy-models: no glass / ribbon / BMG, and
 * glass vs no glass as P(ribbon) + P(BMG)) on the alloys of a dataset version that have a GFA class, scores it on
 * held-out alloys it never saw, and registers it (kind {@value #KIND}, score = held-out macro-F1 of the three
 * classes, higher is better).
 */
@Service
public class ClassifierTraining {

	public static final String KIND = "CLASSIFIER";

	private final ModelRegistry registry;

	private final GanProperties gan;

	private final ObjectMapper json;

	ClassifierTraining(ModelRegistry registry, GanProperties gan, ObjectMapper json) {
		this.registry = registry;
		this.gan = gan;
		this.json = json;
	}

	/**
	 * The labelled alloys of a version, ready for training: one sample per alloy (canonical composition, repeats
	 * merged to the highest class), and the rows that could not be used.
	 */
	public record Labelled(List<Sample> alloys, int unusable) {

		/** Alloys per class, in class order ({@code no glass}, {@code ribbon}, {@code BMG}). */
		public Map<String, Integer> counts() {
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (GfaClass c : GfaClass.values()) {
				counts.put(c.label(), (int) this.alloys.stream().filter((s) -> s.gfa() == c).count());
			}
			return counts;
		}

		/** Number of classes with at least one alloy. */
		public int classes() {
			return (int) counts().values().stream().filter((n) -> n > 0).count();
		}

	}

	/** Reads the rows' classes; rows with an unknown class or an element beyond Pu are counted, not used. */
	public static Labelled labelled(List<GfaRow> rows, long versionId) {
		List<Sample> samples = new ArrayList<>(rows.size());
		int unusable = 0;
		for (GfaRow row : rows) {
			GfaClass gfa = gfaClass(row.gfaClass());
			Composition composition;
			try {
				composition = Composition.of(row.atomicPercent());
			}
			catch (IllegalArgumentException ex) {
				composition = null;
			}
			if (gfa == null || composition == null || !FeatureSet.supports(composition)) {
				unusable++;
				continue;
			}
			samples.add(Sample.gfa("dataset-version-" + versionId + "/" + row.canonicalKey(), composition, gfa));
		}
		return new Labelled(GfaSamples.byAlloy(samples), unusable);
	}

	/**
	 * Why the labelled alloys cannot train a classifier, or null when they can: at least {@code minAlloys} alloys
	 * and at least two classes among them.
	 */
	public static String whyNot(Labelled labelled, int minAlloys, long versionId) {
		int alloys = labelled.alloys().size();
		int classes = labelled.classes();
		if (alloys >= Math.max(2, minAlloys) && classes >= 2) {
			return null;
		}
		return "dataset version " + versionId + " has " + alloys + " alloys with a GFA class " + labelled.counts()
				+ "; the classifier needs at least " + Math.max(2, minAlloys)
				+ " (alloygan.gan.training.min-gfa-alloys) in at least two classes";
	}

	/**
	 * Trains on the labelled alloys outside a seeded held-out share (grouped by canonical composition, as for the
	 * CGAN), scores on the held-out ones, saves the artifact with its checksum manifest and registers it; promoted
	 * when its held-out macro-F1 is no worse than the active classifier's.
	 */
	public ModelVersion train(UUID jobId, long datasetVersionId, Labelled labelled, double heldOutFraction, long seed) {
		long begin = System.nanoTime();
		Split split = split(labelled.alloys(), heldOutFraction, seed);
		GfaOptions options = GfaOptions.defaults().withSeed(seed);
		Map<String, String> provenance = new LinkedHashMap<>();
		provenance.put("datasetVersion", Long.toString(datasetVersionId));
		provenance.put("trainingJob", String.valueOf(jobId));
		provenance.put("heldOutFraction", Double.toString(heldOutFraction));
		provenance.put("splitSeed", Long.toString(seed));
		GfaClassifier classifier = GfaClassifier.train(split.train(), options, provenance);
		double seconds = (System.nanoTime() - begin) / 1e9;
		Score score = score(classifier, split.heldOut());
		classifier = classifier.withMetrics(score.headline());

		UUID id = UUID.randomUUID();
		Path directory = this.gan.artifacts().resolve("models").resolve(id.toString());
		String sha256;
		try {
			sha256 = ModelFiles.save(classifier, directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot save the classifier artifact: " + ex.getMessage(), ex);
		}
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("score", score.macroF1());
		metrics.put("scoreName", "held-out macro-F1 of no glass / ribbon / BMG (higher is better)");
		metrics.put("heldOut", score.details());
		metrics.put("trainingSeconds", seconds);
		metrics.put("trainingAlloys", split.train().size());
		metrics.put("heldOutAlloys", split.heldOut().size());
		metrics.put("trainingClasses", new Labelled(split.train(), 0).counts());
		metrics.put("heldOutClasses", new Labelled(split.heldOut(), 0).counts());
		metrics.put("unusableRows", labelled.unusable());
		Map<String, Object> hyperParameters = new LinkedHashMap<>();
		hyperParameters.put("params", options.params());
		hyperParameters.put("balancedClassWeights", options.balanced());
		hyperParameters.put("features", FeatureSet.standard().width());
		return this.registry.register(new ModelRegistry.NewModel(id, KIND, datasetVersionId, jobId, seed,
				write(hyperParameters), write(metrics), null, null, directory.toString(), sha256, score.macroF1(),
				score.headline()), false);
	}

	/** Training and held-out alloys; no canonical composition is on both sides. */
	record Split(List<Sample> train, List<Sample> heldOut) {
	}

	/**
	 * Holds out about {@code fraction} of the distinct alloys (at least one, and never all), chosen by shuffling the
	 * sorted canonical keys with {@code seed}: the same rule as the CGAN's split.
	 */
	static Split split(List<Sample> alloys, double fraction, long seed) {
		List<String> keys = new ArrayList<>(
				new TreeSet<>(alloys.stream().map((s) -> s.composition().canonicalKey()).toList()));
		Collections.shuffle(keys, new Random(seed));
		int held = (int) Math.round(fraction * keys.size());
		held = Math.min(keys.size() - 1, Math.max(1, held));
		Set<String> heldOutKeys = new HashSet<>(keys.subList(0, held));
		List<Sample> train = new ArrayList<>();
		List<Sample> heldOut = new ArrayList<>();
		for (Sample alloy : alloys) {
			(heldOutKeys.contains(alloy.composition().canonicalKey()) ? heldOut : train).add(alloy);
		}
		return new Split(train, heldOut);
	}

	/** Held-out scores: the headline numbers and the full tables. */
	record Score(double macroF1, Map<String, Double> headline, Map<String, Object> details) {
	}

	/**
	 * Three-class and binary metrics on the held-out alloys. The score is the macro-F1 over the classes that occur
	 * among the held-out alloys or their predictions (all three on any real data set; a class absent from both would
	 * otherwise count as F1 0).
	 */
	static Score score(GfaClassifier classifier, List<Sample> heldOut) {
		float[] probabilities = classifier.model()
			.probabilities(FeatureSet.standard().matrix(heldOut.stream().map(Sample::composition).toList()));
		int n = heldOut.size();
		int[] actual = new int[n];
		int[] predicted = new int[n];
		int[] binaryActual = new int[n];
		int[] binaryPredicted = new int[n];
		for (int i = 0; i < n; i++) {
			actual[i] = heldOut.get(i).gfa().ordinal();
			predicted[i] = GfaModel.mostLikely(probabilities, i).ordinal();
			binaryActual[i] = heldOut.get(i).gfa().glass() ? 1 : 0;
			binaryPredicted[i] = (GfaModel.glassProbability(probabilities, i) >= 0.5) ? 1 : 0;
		}
		ClassificationMetrics three = ClassificationMetrics.of(actual, predicted, GfaEvaluation.LABELS);
		ClassificationMetrics binary = ClassificationMetrics.of(binaryActual, binaryPredicted,
				GfaEvaluation.BINARY_LABELS);
		double macroF1 = presentMacroF1(three);
		double binaryMacroF1 = presentMacroF1(binary);
		Map<String, Double> headline = new LinkedHashMap<>();
		headline.put("macroF1", macroF1);
		headline.put("accuracy", three.accuracy());
		headline.put("binaryMacroF1", binaryMacroF1);
		headline.put("binaryAccuracy", binary.accuracy());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("macroF1", macroF1);
		details.put("accuracy", three.accuracy());
		details.put("binaryMacroF1", binaryMacroF1);
		details.put("binaryAccuracy", binary.accuracy());
		details.put("threeClass", table(three));
		details.put("binary", table(binary));
		return new Score(macroF1, headline, details);
	}

	private static double presentMacroF1(ClassificationMetrics m) {
		double sum = 0;
		int present = 0;
		for (int c = 0; c < m.labels().size(); c++) {
			int occurrences = 0;
			for (int o = 0; o < m.labels().size(); o++) {
				occurrences += m.confusion()[c][o] + m.confusion()[o][c];
			}
			if (occurrences > 0) {
				sum += m.f1()[c];
				present++;
			}
		}
		return (present > 0) ? sum / present : 0;
	}

	/** Per class precision, recall, F1 and support, and the confusion matrix (rows actual, columns predicted). */
	private static Map<String, Object> table(ClassificationMetrics m) {
		Map<String, Object> perClass = new LinkedHashMap<>();
		Map<String, Object> confusion = new LinkedHashMap<>();
		for (int c = 0; c < m.labels().size(); c++) {
			int support = 0;
			Map<String, Integer> row = new LinkedHashMap<>();
			for (int o = 0; o < m.labels().size(); o++) {
				support += m.confusion()[c][o];
				row.put(m.labels().get(o), m.confusion()[c][o]);
			}
			Map<String, Object> scores = new LinkedHashMap<>();
			scores.put("precision", m.precision()[c]);
			scores.put("recall", m.recall()[c]);
			scores.put("f1", m.f1()[c]);
			scores.put("support", support);
			perClass.put(m.labels().get(c), scores);
			confusion.put(m.labels().get(c), row);
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("perClass", perClass);
		out.put("confusion", confusion);
		out.put("n", m.n());
		return out;
	}

	/** The alloy-models class of descriptor-service's name (BMG, RIBBON, NO_GLASS), or null for anything else. */
	static GfaClass gfaClass(String name) {
		if (name == null) {
			return null;
		}
		return switch (name.strip().toUpperCase(Locale.ROOT)) {
			case "BMG" -> GfaClass.BMG;
			case "RIBBON" -> GfaClass.RIBBON;
			case "NO_GLASS" -> GfaClass.NO_GLASS;
			default -> null;
		};
	}

	private String write(Object value) {
		return StoredJson.write(this.json, value);
	}

}
