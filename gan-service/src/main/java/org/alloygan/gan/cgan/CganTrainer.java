package org.alloygan.gan.cgan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.ReentrantLock;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;

/**
 * Trains GAN, GAN+ or CGAN with the non-saturating GAN loss and one-sided label smoothing (see
 * docs/models.md for why not WGAN-GP) and records the metric curve on held-out rows.
 * <p>
 * Runs are serialised per JVM: DJL's PyTorch gradient collector is process-wide, so two
 * concurrent runs would fail. A run is reproducible on the CPU: weights, batches, masks and
 * noise all come from generators seeded with {@code seed}.
 */
public final class CganTrainer {

	private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

	/** Mixed into the seed for the fixed noise of the metric curve, apart from training noise. */
	private static final long EVALUATION_STREAM = 0x9E3779B97F4A7C15L;

	private final Hyperparameters hp;

	private final ModelKind kind;

	private final GeneratorNet generator;

	private final Block discriminator;

	private final Optimizer generatorOptimizer;

	private final Optimizer discriminatorOptimizer;

	/** Reads the targets from a composition; null without the auxiliary property loss. */
	private final Block regressor;

	private final Optimizer regressorOptimizer;

	private final Loss bce = Loss.sigmoidBinaryCrossEntropyLoss();

	private final Batches batches;

	private final SplittableRandom noise;

	private CganTrainer(Hyperparameters hp, ModelKind kind, GeneratorNet generator, Block discriminator,
			Block regressor, Batches batches, long seed) {
		this.hp = hp;
		this.kind = kind;
		this.generator = generator;
		this.discriminator = discriminator;
		this.regressor = regressor;
		this.regressorOptimizer = (regressor != null) ? adam(hp.discriminatorLearningRate(), hp.beta1()) : null;
		this.batches = batches;
		this.generatorOptimizer = adam(hp.generatorLearningRate(), hp.beta1());
		this.discriminatorOptimizer = adam(hp.discriminatorLearningRate(), hp.beta1());
		this.noise = new SplittableRandom(seed);
	}

	/**
	 * Trains a model on {@code train} and measures it against {@code heldOut} along the way. The
	 * vocabulary is the union of both sets, so held-out rows with rarer elements still count.
	 * @param device {@code auto}, {@code cpu} or {@code gpu}
	 * @throws CancellationException when the calling thread is interrupted
	 */
	public static TrainingResult train(TrainingSet train, TrainingSet heldOut, Hyperparameters hp, ModelKind kind,
			long seed, String device, ProgressListener listener) {
		try {
			ONE_AT_A_TIME.lockInterruptibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted while waiting for another training to finish");
		}
		try {
			return run(train, heldOut, hp, kind, seed, Devices.parse(device), listener);
		}
		finally {
			ONE_AT_A_TIME.unlock();
		}
	}

	private static TrainingResult run(TrainingSet trainSet, TrainingSet heldOutSet, Hyperparameters hp,
			ModelKind kind, long seed, Device device, ProgressListener listener) {
		List<String> vocabulary = TrainingSet.union(trainSet, heldOutSet);
		TrainingSet heldOut = heldOutSet.withVocabulary(vocabulary);
		TrainingSet train = trainSet.withVocabulary(vocabulary);
		Conditioning conditioning = Conditioning.fit(train, hp.maxFamilies());
		if (kind == ModelKind.GAN_PLUS) {
			// GAN+ learns properties as data, so it can only learn from rows that have all three.
			train = TrainingSet.of(train.rows()
				.stream()
				.filter((r) -> r.tgK() != null && r.txK() != null && r.tlK() != null)
				.toList(), vocabulary);
		}
		if (train.size() == 0 || heldOut.size() == 0) {
			throw new IllegalArgumentException("need training and held-out rows, got " + train.size() + " and "
					+ heldOut.size());
		}
		// Nothing below draws from PyTorch's generator; seeding it guards against one that would.
		Engine.getEngine("PyTorch").setRandomSeed((int) seed);
		int v = vocabulary.size();
		int p = kind.generatedProperties();
		int c = kind.conditional() ? conditioning.width() : 0;
		Random init = new Random(seed);
		Model generatorModel = Networks.create("generator", Networks.mlp(hp.generatorHidden(), v + p), device,
				hp.noiseDim() + c, init);
		GeneratorNet generator = new GeneratorNet(generatorModel, hp.noiseDim(), c, v, p);
		try (Model discriminatorModel = Networks.create("discriminator", Networks.mlp(hp.discriminatorHidden(), 1),
				device, v + p + c, init)) {
			// created after D, so that without it every weight is drawn as before
			Model regressorModel = (kind.conditional() && hp.propertyLossWeight() > 0) ? Networks.create("regressor",
					Networks.mlp(hp.discriminatorHidden(), Target.COUNT), device, v + p, init) : null;
			Batches batches = new Batches(train, kind, conditioning, hp.keepProbability(), new Random(seed));
			CganTrainer trainer = new CganTrainer(hp, kind, generator, discriminatorModel.getBlock(),
					(regressorModel != null) ? regressorModel.getBlock() : null, batches, seed);
			Evaluation evaluation = new Evaluation(heldOut, kind.conditional()
					? Batches.fullConditions(heldOut, conditioning, hp.samplesPerHeldOutRow()) : null,
					heldOut.size() * hp.samplesPerHeldOutRow(), seed ^ EVALUATION_STREAM);
			long start = System.nanoTime();
			List<MetricPoint> curve;
			try {
				curve = trainer.loop(evaluation, listener);
			}
			finally {
				if (regressorModel != null) {
					regressorModel.close();
				}
			}
			long elapsed = System.nanoTime() - start;
			MetricPoint last = curve.get(curve.size() - 1);
			ModelMetadata metadata = new ModelMetadata(ModelMetadata.FORMAT_VERSION, kind, vocabulary, conditioning,
					hp, seed, train.size(), heldOut.size(), last, curve);
			return new TrainingResult(new CganModel(generator, metadata, null), curve, last, device.toString(),
					Duration.ofNanos(elapsed), Duration.ofNanos(evaluation.nanos), train.size(),
					heldOut.size());
		}
		catch (RuntimeException | Error ex) {
			generator.close();
			throw ex;
		}
	}

	private List<MetricPoint> loop(Evaluation evaluation, ProgressListener listener) {
		List<MetricPoint> curve = new ArrayList<>();
		int updates = this.hp.generatorUpdates();
		curve.add(evaluation.measure(this.generator, 0));
		listener.onMetrics(curve.get(0), updates);
		for (int update = 1; update <= updates; update++) {
			if (Thread.currentThread().isInterrupted()) {
				throw new CancellationException("training interrupted after " + (update - 1) + " updates");
			}
			float[] conditions = null;
			for (int s = 0; s < this.hp.discriminatorSteps(); s++) {
				int[] rows = this.batches.next(this.hp.batchSize());
				conditions = this.kind.conditional() ? this.batches.conditions(rows) : null;
				float[] real = this.batches.real(rows);
				discriminatorStep(real, conditions);
				if (this.regressor != null) {
					regressorStep(real, conditions);
				}
			}
			generatorStep(conditions);
			if (update % this.hp.metricsEvery() == 0 || update == updates) {
				MetricPoint point = evaluation.measure(this.generator, update);
				curve.add(point);
				listener.onMetrics(point, updates);
			}
		}
		return curve;
	}

	/** D learns to score real rows as {@code realLabel} and generated ones as 0. */
	private void discriminatorStep(float[] real, float[] conditions) {
		int b = this.hp.batchSize();
		try (NDManager m = this.generator.model().getNDManager().newSubManager()) {
			ParameterStore store = new ParameterStore(m, false);
			NDArray c = (conditions != null) ? m.create(conditions, new Shape(b, this.generator.conditionWidth()))
					: null;
			NDArray x = m.create(real, new Shape(b, this.generator.outputWidth()));
			NDArray z = m.create(Noise.uniform(this.noise, b * this.hp.noiseDim()), new Shape(b, this.hp.noiseDim()));
			trainOnly(this.discriminator, this.generator.model().getBlock());
			try (GradientCollector collector = m.getEngine().newGradientCollector()) {
				NDArray fake = this.generator.forward(store, z, c, true);
				NDArray realScore = score(store, x, c);
				NDArray fakeScore = score(store, fake, c);
				NDArray loss = bce(realScore, (float) this.hp.realLabel()).add(bce(fakeScore, 0f));
				collector.backward(loss);
			}
			step(this.discriminatorOptimizer, this.discriminator);
		}
	}

	/** G learns to make D score its rows as real (the non-saturating form of the GAN loss). */
	private void generatorStep(float[] conditions) {
		int b = this.hp.batchSize();
		try (NDManager m = this.generator.model().getNDManager().newSubManager()) {
			ParameterStore store = new ParameterStore(m, false);
			NDArray c = (conditions != null) ? m.create(conditions, new Shape(b, this.generator.conditionWidth()))
					: null;
			NDArray z = m.create(Noise.uniform(this.noise, b * this.hp.noiseDim()), new Shape(b, this.hp.noiseDim()));
			trainOnly(this.generator.model().getBlock(), this.discriminator);
			if (this.regressor != null) {
				this.regressor.freezeParameters(true);
			}
			try (GradientCollector collector = m.getEngine().newGradientCollector()) {
				NDArray fake = this.generator.forward(store, z, c, true);
				NDArray loss = bce(score(store, fake, c), 1f);
				if (this.regressor != null) {
					// and meet the condition: the targets the regressor reads from G's rows are those asked for
					loss = loss.add(propertyMiss(store, fake, c).mul(this.hp.propertyLossWeight()));
				}
				collector.backward(loss);
			}
			step(this.generatorOptimizer, this.generator.model().getBlock());
		}
	}

	/** The auxiliary regressor learns the (standardised, given) targets of real rows from their compositions. */
	private void regressorStep(float[] real, float[] conditions) {
		int b = this.hp.batchSize();
		try (NDManager m = this.generator.model().getNDManager().newSubManager()) {
			ParameterStore store = new ParameterStore(m, false);
			NDArray c = m.create(conditions, new Shape(b, this.generator.conditionWidth()));
			NDArray x = m.create(real, new Shape(b, this.generator.outputWidth()));
			this.regressor.freezeParameters(false);
			try (GradientCollector collector = m.getEngine().newGradientCollector()) {
				collector.backward(propertyMiss(store, x, c));
			}
			step(this.regressorOptimizer, this.regressor);
		}
	}

	/**
	 * Mean squared miss of the regressor's reading of {@code rows} against the standardised targets the conditions
	 * give (the first {@link Target#COUNT} slots), over the given ones only (the next {@link Target#COUNT} flags).
	 */
	private NDArray propertyMiss(ParameterStore store, NDArray rows, NDArray conditions) {
		NDArray read = this.regressor.forward(store, new NDList(rows), true).singletonOrThrow();
		NDArray wanted = conditions.get(":, 0:" + Target.COUNT);
		NDArray given = conditions.get(":, " + Target.COUNT + ":" + (2 * Target.COUNT));
		NDArray miss = read.sub(wanted).square().mul(given);
		return miss.sum().div(given.sum().maximum(1f));
	}

	private NDArray score(ParameterStore store, NDArray rows, NDArray conditions) {
		NDArray input = (conditions == null) ? rows : rows.concat(conditions, 1);
		return this.discriminator.forward(store, new NDList(input), true).singletonOrThrow();
	}

	private NDArray bce(NDArray logits, float label) {
		NDArray labels = logits.getManager().full(logits.getShape(), label);
		return this.bce.evaluate(new NDList(labels), new NDList(logits));
	}

	/**
	 * Freezes the network that is not being trained, so backward neither computes nor
	 * accumulates its gradients (which a later step of that network would otherwise apply).
	 */
	private static void trainOnly(Block trained, Block frozen) {
		frozen.freezeParameters(true);
		trained.freezeParameters(false);
	}

	/** Applies Adam to every parameter; DJL's PyTorch Adam zeroes each gradient after use. */
	private static void step(Optimizer optimizer, Block block) {
		for (Pair<String, Parameter> pair : block.getParameters()) {
			Parameter parameter = pair.getValue();
			NDArray weight = parameter.getArray();
			try (NDArray gradient = weight.getGradient()) {
				optimizer.update(parameter.getId(), weight, gradient);
			}
		}
	}

	private static Optimizer adam(double learningRate, double beta1) {
		return Optimizer.adam()
			.optLearningRateTracker(Tracker.fixed((float) learningRate))
			.optBeta1((float) beta1)
			.build();
	}

	/** The held-out side of the curve: real compositions, their conditions, and fixed noise. */
	private static final class Evaluation {

		private final float[][] real;

		private final float[] conditions;

		private final int rows;

		private final long noiseSeed;

		private long nanos;

		Evaluation(TrainingSet heldOut, float[] conditions, int rows, long noiseSeed) {
			this.real = heldOut.compositions();
			this.conditions = conditions;
			this.rows = rows;
			this.noiseSeed = noiseSeed;
		}

		MetricPoint measure(GeneratorNet generator, int update) {
			long start = System.nanoTime();
			Block block = generator.model().getBlock();
			block.freezeParameters(true);
			float[][] generated = generator.compositions(new SplittableRandom(this.noiseSeed), this.conditions,
					this.rows);
			block.freezeParameters(false);
			MetricPoint point = DistributionMetrics.compare(this.real, generated, update);
			this.nanos += System.nanoTime() - start;
			return point;
		}

	}

}
