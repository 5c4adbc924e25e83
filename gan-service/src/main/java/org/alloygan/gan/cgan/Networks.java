package org.alloygan.gan.cgan;

import java.util.List;
import java.util.Random;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.Initializer;

/**
 * The multilayer perceptrons behind G and D. Weights are drawn from a seeded {@link Random}
 * rather than from PyTorch's global generator, so a model does not depend on what other threads
 * of the process did with that generator.
 */
final class Networks {

	/** Slope of LeakyReLU for negative inputs; keeps gradients alive for D, as is usual in GANs. */
	static final float LEAKY_SLOPE = 0.2f;

	private Networks() {
	}

	/** Linear, LeakyReLU, ..., Linear: hidden widths then {@code outputs} raw outputs. */
	static Block mlp(List<Integer> hidden, int outputs) {
		SequentialBlock block = new SequentialBlock();
		for (int width : hidden) {
			block.add(Linear.builder().setUnits(width).build());
			block.add(Activation.leakyReluBlock(LEAKY_SLOPE));
		}
		block.add(Linear.builder().setUnits(outputs).build());
		return block;
	}

	/** A new model whose weights are initialised from {@code random} (biases start at zero). */
	static Model create(String name, Block block, Device device, int inputs, Random random) {
		Model model = Model.newInstance(name, device, "PyTorch");
		block.setInitializer(kaimingUniform(random), Parameter.Type.WEIGHT);
		block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, inputs));
		model.setBlock(block);
		return model;
	}

	/** Kaiming-uniform for LeakyReLU layers, the PyTorch default family for such MLPs. */
	private static Initializer kaimingUniform(Random random) {
		return (manager, shape, dataType) -> {
			long fanIn = shape.get(shape.dimension() - 1);
			double bound = Math.sqrt(6.0 / ((1 + LEAKY_SLOPE * LEAKY_SLOPE) * fanIn));
			float[] values = new float[Math.toIntExact(shape.size())];
			for (int i = 0; i < values.length; i++) {
				values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
			}
			return manager.create(values, shape).toType(dataType, false);
		};
	}

}
