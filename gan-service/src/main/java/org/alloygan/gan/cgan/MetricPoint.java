package org.alloygan.gan.cgan;

/**
 * Distances between generated and held-out compositions after some generator updates; lower is
 * better for all four. See docs/models.md for the definitions.
 *
 * @param update generator updates done (0 = untrained)
 * @param js per-element Jensen-Shannon divergence in bits, averaged over the vocabulary
 * @param kl per-element KL(real || generated) in bits with Jeffreys smoothing, averaged
 * @param wasserstein per-element Wasserstein-1 distance of fractions, averaged
 * @param slicedWasserstein sliced Wasserstein-1 distance of whole compositions
 */
public record MetricPoint(int update, double js, double kl, double wasserstein, double slicedWasserstein) {
}
