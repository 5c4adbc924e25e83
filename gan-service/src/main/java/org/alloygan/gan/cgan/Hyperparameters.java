package org.alloygan.gan.cgan;

import java.util.List;

/**
 * Everything that shapes a training run besides data, kind and seed; stored with the model.
 *
 * @param generatorUpdates number of generator updates (each preceded by discriminator steps)
 * @param discriminatorSteps discriminator updates per generator update
 * @param batchSize rows per update
 * @param generatorLearningRate Adam learning rate of G
 * @param discriminatorLearningRate Adam learning rate of D
 * @param beta1 Adam beta1; 0.5 as is usual for GANs, to damp the oscillation of the two-player game
 * @param realLabel target of D for real rows (one-sided label smoothing: below 1)
 * @param noiseDim length of G's noise vector, uniform in [-1, 1)
 * @param generatorHidden widths of G's hidden layers
 * @param discriminatorHidden widths of D's hidden layers
 * @param keepProbability per target and for the family, the probability a given value stays in
 * the training condition; the rest are masked so any subset can be requested later
 * @param maxFamilies families with their own one-hot slot; the rest share "other"
 * @param metricsEvery record the metric curve every so many generator updates
 * @param samplesPerHeldOutRow generated samples per held-out row when measuring
 * @param propertyLossWeight CGAN only: weight of an auxiliary property loss, which also penalises G when an auxiliary
 * regressor (trained on the real rows alongside D) reads other targets from its output than the condition asked for;
 * 0 turns it off (the plain CGAN of the paper); 0.5 by default (docs/models.md, "Auxiliary property loss")
 */
public record Hyperparameters(int generatorUpdates, int discriminatorSteps, int batchSize,
		double generatorLearningRate, double discriminatorLearningRate, double beta1, double realLabel, int noiseDim,
		List<Integer> generatorHidden, List<Integer> discriminatorHidden, double keepProbability, int maxFamilies,
		int metricsEvery, int samplesPerHeldOutRow, double propertyLossWeight) {

	public Hyperparameters {
		generatorHidden = List.copyOf(generatorHidden);
		discriminatorHidden = List.copyOf(discriminatorHidden);
		if (generatorUpdates < 0 || discriminatorSteps < 1 || batchSize < 1 || noiseDim < 1 || metricsEvery < 1
				|| samplesPerHeldOutRow < 1 || maxFamilies < 0) {
			throw new IllegalArgumentException("invalid hyper-parameters: " + generatorUpdates + " updates, batch "
					+ batchSize + ", noise " + noiseDim + ", metrics every " + metricsEvery);
		}
		if (!(propertyLossWeight >= 0) || Double.isInfinite(propertyLossWeight)) {
			throw new IllegalArgumentException("propertyLossWeight must be 0 or positive, was " + propertyLossWeight);
		}
		if (keepProbability < 0 || keepProbability > 1 || realLabel <= 0 || realLabel > 1) {
			throw new IllegalArgumentException("keepProbability must be in [0, 1] and realLabel in (0, 1]");
		}
	}

	/** The defaults used by the benchmark (docs/benchmarks.md, section CGAN). */
	public static Hyperparameters defaults() {
		return new Hyperparameters(1250, 1, 64, 2e-3, 2e-3, 0.5, 0.9, 16, List.of(128, 128), List.of(128, 128), 0.5,
				12, 50, 4, 0.5);
	}

	/** The same with another number of generator updates. */
	public Hyperparameters withGeneratorUpdates(int updates) {
		return new Hyperparameters(updates, this.discriminatorSteps, this.batchSize, this.generatorLearningRate,
				this.discriminatorLearningRate, this.beta1, this.realLabel, this.noiseDim, this.generatorHidden,
				this.discriminatorHidden, this.keepProbability, this.maxFamilies, this.metricsEvery,
				this.samplesPerHeldOutRow, this.propertyLossWeight);
	}

	/** The same with another metrics interval. */
	public Hyperparameters withMetricsEvery(int every) {
		return new Hyperparameters(this.generatorUpdates, this.discriminatorSteps, this.batchSize,
				this.generatorLearningRate, this.discriminatorLearningRate, this.beta1, this.realLabel, this.noiseDim,
				this.generatorHidden, this.discriminatorHidden, this.keepProbability, this.maxFamilies, every,
				this.samplesPerHeldOutRow, this.propertyLossWeight);
	}

	/** The same with another weight of the auxiliary property loss. */
	public Hyperparameters withPropertyLossWeight(double weight) {
		return new Hyperparameters(this.generatorUpdates, this.discriminatorSteps, this.batchSize,
				this.generatorLearningRate, this.discriminatorLearningRate, this.beta1, this.realLabel, this.noiseDim,
				this.generatorHidden, this.discriminatorHidden, this.keepProbability, this.maxFamilies,
				this.metricsEvery, this.samplesPerHeldOutRow, weight);
	}

}
