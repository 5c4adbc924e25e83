package org.alloygan.bench.cgan;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.alloygan.gan.cgan.CganModel;
import org.alloygan.gan.cgan.ModelKind;
import org.alloygan.gan.cgan.RawCandidates;
import org.alloygan.gan.cgan.Target;
import org.alloygan.gan.cgan.TrainingResult;
import org.alloygan.gan.cgan.TrainingRow;
import org.alloygan.gan.cgan.TrainingSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PCA scatter plots of held-out and generated compositions, one PNG per frequent family. The
 * axes are the first two principal components of that family's held-out compositions, so each
 * plot shows where the generators put their mass relative to the real alloys.
 */
final class PcaPlots {

	private static final int FAMILIES = 4;

	private static final int SAMPLES_PER_ROW = 4;

	private PcaPlots() {
	}

	static void write(Path directory, TrainingSet heldOutSet, Map<ModelKind, TrainingResult> results, long seed)
			throws IOException {
		System.setProperty("java.awt.headless", "true");
		Files.createDirectories(directory);
		List<String> vocabulary = results.get(ModelKind.CGAN).model().vocabulary();
		TrainingSet heldOut = heldOutSet.withVocabulary(vocabulary);
		Map<String, List<Integer>> byFamily = new LinkedHashMap<>();
		for (int i = 0; i < heldOut.size(); i++) {
			byFamily.computeIfAbsent(heldOut.rows().get(i).family(), (f) -> new ArrayList<>()).add(i);
		}
		List<String> families = byFamily.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, List<Integer>> e) -> -e.getValue().size()))
			.limit(FAMILIES)
			.map(Map.Entry::getKey)
			.collect(Collectors.toList());
		float[][] all = heldOut.compositions();
		for (String family : families) {
			List<Integer> rows = byFamily.get(family);
			float[][] real = rows.stream().map((i) -> all[i]).toArray(float[][]::new);
			double[][] axes = principalAxes(real);
			XYChart chart = new XYChartBuilder().width(800)
				.height(600)
				.title(family + "-based glasses: held-out vs generated (PCA of held-out)")
				.xAxisTitle("PC1")
				.yAxisTitle("PC2")
				.build();
			chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
			chart.getStyler().setMarkerSize(5);
			for (ModelKind kind : ModelKind.values()) {
				float[][] generated = (kind == ModelKind.CGAN)
						? conditioned(results.get(kind).model(), heldOut, rows, seed)
						: filtered(results.get(kind).model(), family, rows.size() * SAMPLES_PER_ROW, seed);
				add(chart, kind.name() + " (" + generated.length + ")", generated, real, axes);
			}
			XYSeries truth = add(chart, "held-out (" + real.length + ")", real, real, axes);
			truth.setMarker(SeriesMarkers.DIAMOND);
			truth.setMarkerColor(Color.BLACK);
			Path file = directory.resolve("cgan-pca-" + family);
			BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
			System.out.println("plot: " + file + ".png");
		}
	}

	/** CGAN samples for each held-out row's own temperatures and family. */
	private static float[][] conditioned(CganModel model, TrainingSet heldOut, List<Integer> rows, long seed) {
		List<float[]> out = new ArrayList<>();
		for (int i : rows) {
			TrainingRow row = heldOut.rows().get(i);
			RawCandidates raw = model.generate(Target.temperatures(row.tgK(), row.txK(), row.tlK()), row.family(),
					SAMPLES_PER_ROW, seed + i);
			for (int k = 0; k < raw.count(); k++) {
				out.add(row(raw, k));
			}
		}
		return out.toArray(float[][]::new);
	}

	/** Unconditional samples whose largest element is the family, as a designer would filter them. */
	private static float[][] filtered(CganModel model, String family, int wanted, long seed) {
		int index = model.vocabulary().indexOf(family);
		RawCandidates raw = model.generate(Target.NONE, null, 200 * wanted, seed);
		List<float[]> out = new ArrayList<>();
		for (int k = 0; k < raw.count() && out.size() < wanted; k++) {
			float[] r = row(raw, k);
			int best = 0;
			for (int e = 1; e < r.length; e++) {
				best = (r[e] > r[best]) ? e : best;
			}
			if (best == index) {
				out.add(r);
			}
		}
		return out.toArray(float[][]::new);
	}

	private static float[] row(RawCandidates raw, int k) {
		float[] r = new float[raw.vocabulary().size()];
		for (int e = 0; e < r.length; e++) {
			r[e] = raw.fraction(k, e);
		}
		return r;
	}

	private static XYSeries add(XYChart chart, String name, float[][] points, float[][] reference, double[][] axes) {
		double[] mean = mean(reference);
		double[] x = new double[Math.max(1, points.length)];
		double[] y = new double[x.length];
		for (int i = 0; i < points.length; i++) {
			for (int d = 0; d < mean.length; d++) {
				x[i] += (points[i][d] - mean[d]) * axes[0][d];
				y[i] += (points[i][d] - mean[d]) * axes[1][d];
			}
		}
		return chart.addSeries(name, x, y);
	}

	/** First two eigenvectors of the covariance by power iteration with deflation. */
	static double[][] principalAxes(float[][] rows) {
		int d = rows[0].length;
		double[] mean = mean(rows);
		double[][] cov = new double[d][d];
		for (float[] r : rows) {
			for (int a = 0; a < d; a++) {
				for (int b = 0; b < d; b++) {
					cov[a][b] += (r[a] - mean[a]) * (r[b] - mean[b]) / rows.length;
				}
			}
		}
		double[][] axes = new double[2][];
		SplittableRandom random = new SplittableRandom(1);
		for (int k = 0; k < 2; k++) {
			double[] v = random.doubles(d).toArray();
			for (int it = 0; it < 500; it++) {
				double[] next = new double[d];
				for (int a = 0; a < d; a++) {
					for (int b = 0; b < d; b++) {
						next[a] += cov[a][b] * v[b];
					}
				}
				double norm = Math.sqrt(dot(next, next));
				for (int a = 0; a < d; a++) {
					v[a] = (norm > 0) ? next[a] / norm : 0;
				}
			}
			axes[k] = v;
			double lambda = 0;
			for (int a = 0; a < d; a++) {
				for (int b = 0; b < d; b++) {
					lambda += v[a] * cov[a][b] * v[b];
				}
			}
			for (int a = 0; a < d; a++) {
				for (int b = 0; b < d; b++) {
					cov[a][b] -= lambda * v[a] * v[b];
				}
			}
		}
		return axes;
	}

	private static double[] mean(float[][] rows) {
		double[] mean = new double[rows[0].length];
		for (float[] r : rows) {
			for (int d = 0; d < mean.length; d++) {
				mean[d] += r[d] / (double) rows.length;
			}
		}
		return mean;
	}

	private static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

}
