package org.alloygan.gan.cgan;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Distances between two sets of compositions (rows of fractions over one vocabulary). The
 * per-element measures compare marginals and are cheap to read per element; the sliced
 * Wasserstein distance also sees how elements combine, which marginals cannot.
 */
public final class DistributionMetrics {

	/** Histogram bins over [0, 1] for JS and KL: 0.05 wide, coarse enough for a few hundred rows. */
	static final int BINS = 20;

	/** Pseudo-count added to every bin for KL (Jeffreys prior), so KL stays finite. */
	static final double KL_PSEUDO_COUNT = 0.5;

	/** Random directions of the sliced Wasserstein distance. */
	static final int PROJECTIONS = 64;

	/** Fixed so that every model and every point of a curve is measured along the same directions. */
	private static final long PROJECTION_SEED = 20240917L;

	private DistributionMetrics() {
	}

	/** All four distances between real and generated compositions, labelled with an update count. */
	public static MetricPoint compare(float[][] real, float[][] generated, int update) {
		if (real.length == 0 || generated.length == 0) {
			throw new IllegalArgumentException("both sets need rows");
		}
		int elements = real[0].length;
		double js = 0;
		double kl = 0;
		double w = 0;
		for (int e = 0; e < elements; e++) {
			double[] a = column(real, e);
			double[] b = column(generated, e);
			double[] p = histogram(a, 0);
			double[] q = histogram(b, 0);
			js += jensenShannon(p, q);
			kl += kullbackLeibler(histogram(a, KL_PSEUDO_COUNT), histogram(b, KL_PSEUDO_COUNT));
			w += wasserstein1(a, b);
		}
		return new MetricPoint(update, js / elements, kl / elements, w / elements, slicedWasserstein(real, generated));
	}

	/** Mean Wasserstein-1 distance of the projections on {@link #PROJECTIONS} random unit vectors. */
	public static double slicedWasserstein(float[][] real, float[][] generated) {
		int dims = real[0].length;
		SplittableRandom random = new SplittableRandom(PROJECTION_SEED);
		double sum = 0;
		for (int k = 0; k < PROJECTIONS; k++) {
			double[] direction = new double[dims];
			double norm = 0;
			for (int d = 0; d < dims; d++) {
				direction[d] = gaussian(random);
				norm += direction[d] * direction[d];
			}
			norm = Math.sqrt(norm);
			for (int d = 0; d < dims; d++) {
				direction[d] /= norm;
			}
			sum += wasserstein1(project(real, direction), project(generated, direction));
		}
		return sum / PROJECTIONS;
	}

	/** Exact Wasserstein-1 distance of two 1-D samples: the area between their empirical CDFs. */
	static double wasserstein1(double[] a, double[] b) {
		double[] x = a.clone();
		double[] y = b.clone();
		Arrays.sort(x);
		Arrays.sort(y);
		int i = 0;
		int j = 0;
		double area = 0;
		double previous = Math.min(x[0], y[0]);
		while (i < x.length || j < y.length) {
			double next = (j >= y.length || (i < x.length && x[i] <= y[j])) ? x[i] : y[j];
			area += Math.abs((double) i / x.length - (double) j / y.length) * (next - previous);
			previous = next;
			while (i < x.length && x[i] == next) {
				i++;
			}
			while (j < y.length && y[j] == next) {
				j++;
			}
		}
		return area;
	}

	/** JS divergence in bits, in [0, 1]. */
	static double jensenShannon(double[] p, double[] q) {
		double js = 0;
		for (int i = 0; i < p.length; i++) {
			double m = (p[i] + q[i]) / 2;
			js += (p[i] > 0 ? p[i] * log2(p[i] / m) : 0) / 2 + (q[i] > 0 ? q[i] * log2(q[i] / m) : 0) / 2;
		}
		return js;
	}

	/** KL(p || q) in bits; q must have no empty bin where p has mass. */
	static double kullbackLeibler(double[] p, double[] q) {
		double kl = 0;
		for (int i = 0; i < p.length; i++) {
			if (p[i] > 0) {
				kl += p[i] * log2(p[i] / q[i]);
			}
		}
		return kl;
	}

	/** Normalised histogram over [0, 1] with a pseudo-count per bin; 1.0 falls in the last bin. */
	static double[] histogram(double[] values, double pseudoCount) {
		double[] h = new double[BINS];
		Arrays.fill(h, pseudoCount);
		for (double v : values) {
			h[Math.min(BINS - 1, Math.max(0, (int) (v * BINS)))]++;
		}
		double total = values.length + pseudoCount * BINS;
		for (int i = 0; i < BINS; i++) {
			h[i] /= total;
		}
		return h;
	}

	private static double[] column(float[][] rows, int index) {
		double[] out = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			out[i] = rows[i][index];
		}
		return out;
	}

	private static double[] project(float[][] rows, double[] direction) {
		double[] out = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			double dot = 0;
			for (int d = 0; d < direction.length; d++) {
				dot += rows[i][d] * direction[d];
			}
			out[i] = dot;
		}
		return out;
	}

	private static double gaussian(SplittableRandom random) {
		// Box-Muller; SplittableRandom has no nextGaussian on Java 17.
		double u = 1.0 - random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
