package org.alloygan.models.booster;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The trees of an XGBoost model copied into flat arrays for fast batch inference in Java.
 *
 * <p>
 * Why: screening needs about 10<sup>5</sup> compositions per second through seven models (about 2,000 trees), and a
 * JNI call into XGBoost per model and chunk costs more than walking the trees here, where a block of rows is pushed
 * through one tree at a time while its nodes sit in the CPU cache. This is inference only; the trees are XGBoost's, read
 * from its own JSON model, and a test holds the result to XGBoost's prediction.
 *
 * <p>
 * Semantics follow XGBoost's numerical splits: a row goes left when its value is strictly less than the split value,
 * and a missing value (NaN) goes the node's default direction. Leaf values are summed in {@code float} per output,
 * tree by tree, on top of the base score; multi-class margins become probabilities with a softmax.
 */
final class CompiledTrees {

	/** Rows pushed through a tree together. */
	private static final int BLOCK = 64;

	private final int outputs;

	private final boolean softmax;

	private final float baseScore;

	/** Offset of each tree's root in {@link #nodes}. */
	private final int[] roots;

	/** Output (class) each tree adds to. */
	private final int[] treeOutput;

	/**
	 * All nodes, {@value #STRIDE} ints each: {@code feature << 1 | defaultLeft} (or -1 for a leaf), the split value's
	 * (or leaf value's) float bits, and the offset of the left child; the right child follows the left one, as XGBoost
	 * allocates them in pairs. One array keeps a node in one cache line and the walk free of bounds on several arrays.
	 */
	private final int[] nodes;

	private static final int STRIDE = 3;

	private CompiledTrees(int outputs, boolean softmax, float baseScore, int[] roots, int[] treeOutput, int[] nodes) {
		this.outputs = outputs;
		this.softmax = softmax;
		this.baseScore = baseScore;
		this.roots = roots;
		this.treeOutput = treeOutput;
		this.nodes = nodes;
	}

	/**
	 * Reads a model saved by XGBoost as JSON ({@code Booster.toByteArray("json")}).
	 * @throws IOException if the JSON is not a tree model this class understands (categorical splits, vector leaves,
	 * children not allocated in pairs), so the caller can fall back to XGBoost itself
	 */
	static CompiledTrees of(byte[] json, TreeModel.Objective objective) throws IOException {
		JsonNode learner = new ObjectMapper().readTree(json).path("learner");
		JsonNode param = learner.path("learner_model_param");
		float baseScore = parseBaseScore(param.path("base_score").asText());
		JsonNode model = learner.path("gradient_booster").path("model");
		JsonNode trees = model.path("trees");
		JsonNode info = model.path("tree_info");
		if (!trees.isArray() || trees.size() != info.size()) {
			throw new IOException("no gbtree model in the JSON");
		}
		int count = 0;
		for (JsonNode tree : trees) {
			count += tree.path("left_children").size();
			if (tree.path("categories_nodes").size() > 0
					|| !"1".equals(tree.path("tree_param").path("size_leaf_vector").asText("1"))) {
				throw new IOException("categorical splits or vector leaves are not supported");
			}
		}
		int[] roots = new int[trees.size()];
		int[] treeOutput = new int[trees.size()];
		int[] nodes = new int[count * STRIDE];
		int base = 0;
		for (int t = 0; t < trees.size(); t++) {
			JsonNode tree = trees.get(t);
			roots[t] = base * STRIDE;
			treeOutput[t] = info.get(t).asInt();
			JsonNode lefts = tree.path("left_children");
			for (int n = 0; n < lefts.size(); n++) {
				int left = lefts.get(n).asInt();
				int at = (base + n) * STRIDE;
				float value = (float) tree.path("split_conditions").get(n).asDouble();
				nodes[at + 1] = Float.floatToRawIntBits(value);
				if (left == -1) {
					nodes[at] = -1;
					continue;
				}
				if (tree.path("right_children").get(n).asInt() != left + 1) {
					throw new IOException("tree " + t + " node " + n + ": children not allocated in pairs");
				}
				int feature = tree.path("split_indices").get(n).asInt();
				nodes[at] = (feature << 1) | (tree.path("default_left").get(n).asInt() != 0 ? 1 : 0);
				nodes[at + 2] = (base + left) * STRIDE;
			}
			base += lefts.size();
		}
		return new CompiledTrees(objective.outputs(), objective.classes() > 0, baseScore, roots, treeOutput, nodes);
	}

	/** {@code "1.5E0"} or, in newer files, {@code "[1.5E0]"}. */
	private static float parseBaseScore(String text) throws IOException {
		String plain = text.replace("[", "").replace("]", "").strip();
		if (plain.contains(",")) {
			throw new IOException("vector base scores are not supported: " + text);
		}
		try {
			return Float.parseFloat(plain);
		}
		catch (NumberFormatException ex) {
			throw new IOException("unreadable base_score '" + text + "'");
		}
	}

	/**
	 * Predicts {@code rows} rows of {@code columns} features: {@code rows × outputs} values, row-major (probabilities
	 * for multi-class models).
	 */
	float[] predict(float[] features, int rows, int columns) {
		float[] out = new float[rows * this.outputs];
		java.util.Arrays.fill(out, this.baseScore);
		int[] nodes = this.nodes;
		for (int from = 0; from < rows; from += BLOCK) {
			int to = Math.min(rows, from + BLOCK);
			for (int t = 0; t < this.roots.length; t++) {
				int root = this.roots[t];
				int output = this.treeOutput[t];
				for (int r = from; r < to; r++) {
					int offset = r * columns;
					int node = root;
					int meta;
					while ((meta = nodes[node]) >= 0) {
						float x = features[offset + (meta >>> 1)];
						// right when not below the split, except a missing value whose default is left; written
						// without branches so rows can overlap in the CPU
						boolean right = !(x < Float.intBitsToFloat(nodes[node + 1])) & !((x != x) & ((meta & 1) != 0));
						node = nodes[node + 2] + (right ? STRIDE : 0);
					}
					out[r * this.outputs + output] += Float.intBitsToFloat(nodes[node + 1]);
				}
			}
		}
		if (this.softmax) {
			for (int r = 0; r < rows; r++) {
				softmax(out, r * this.outputs, this.outputs);
			}
		}
		return out;
	}

	/** Numerically stable softmax in place, in float like XGBoost. */
	private static void softmax(float[] values, int offset, int length) {
		float max = values[offset];
		for (int i = 1; i < length; i++) {
			max = Math.max(max, values[offset + i]);
		}
		float sum = 0;
		for (int i = 0; i < length; i++) {
			values[offset + i] = (float) Math.exp(values[offset + i] - max);
			sum += values[offset + i];
		}
		for (int i = 0; i < length; i++) {
			values[offset + i] /= sum;
		}
	}

}
