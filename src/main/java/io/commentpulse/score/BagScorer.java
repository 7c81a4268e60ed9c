package io.commentpulse.score;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Scores with a trained graph split at its merge vertex. The embedding lookups and their masked mean/max pooling —
 * most of the graph's cost, because DL4J materialises a [batch, width, length] activation for them — run as
 * {@link EmbeddingBag}s over the same weights, on all cores; the rest of the graph (hidden layers and both outputs)
 * runs in DL4J as a {@link ComputationGraph} built from the trained graph's own layer configurations and parameters.
 * Outputs equal those of the whole graph up to float rounding ({@code BagScorerTest}).
 *
 * An optional word convolution between an embedding and its max pooling runs as a {@link WordConvolution} (each
 * word's share of it computed once, on first use).
 *
 * <p>Only graphs whose inputs reach the merge vertex through embedding → [convolution →] global pooling layers qualify
 * ({@link #supports}); {@link NetworkScorer} scores any graph.
 */
public final class BagScorer implements Scorer {
    /** A part of the merged row that one comment's ids determine. */
    private interface Part {
        void fill(Featurizer.Ids ids, float[] x, int rowOffset);
    }

    /** One embedding table, the network input it reads, and where its mean and max go in the merged row. */
    private record Pool(EmbeddingBag bag, int input, int meanAt, int maxAt) implements Part {
        @Override
        public void fill(Featurizer.Ids ids, float[] x, int rowOffset) {
            bag.pool(ids(ids, input), x, meanAt < 0 ? -1 : rowOffset + meanAt, maxAt < 0 ? -1 : rowOffset + maxAt);
        }
    }

    /** A max-pooled convolution over one embedding table, the input it reads, and where it goes in the merged row. */
    private record Conv(WordConvolution conv, int input, int at) implements Part {
        @Override
        public void fill(Featurizer.Ids ids, float[] x, int rowOffset) {
            conv.pool(ids(ids, input), x, rowOffset + at);
        }
    }

    private static int[] ids(Featurizer.Ids ids, int input) {
        return input == 0 ? ids.words() : ids.grams();
    }

    private final Featurizer featurizer;
    private final List<Part> parts;
    private final ComputationGraph head;
    private final int width;
    private final int batchSize;
    private final ConcernReadout.Bound readout;

    private BagScorer(Featurizer featurizer, List<Part> parts, ComputationGraph head, int width, int batchSize,
                      ConcernReadout.Bound readout) {
        this.featurizer = featurizer;
        this.parts = parts;
        this.head = head;
        this.width = width;
        this.batchSize = batchSize;
        this.readout = readout;
    }

    /** Whether {@code net} has the embedding → pooling → merge shape this scorer needs. */
    public static boolean supports(ComputationGraph net) {
        try {
            split(net);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A scorer for {@code net} (weights of any floating type; scoring runs in 32-bit floats); the network is copied,
     * so later changes to it are not seen.
     *
     * @throws IllegalArgumentException when the graph does not have the needed shape
     */
    public static BagScorer of(ComputationGraph net, Featurizer featurizer, int batchSize) {
        return of(net, featurizer, batchSize, ConcernReadout.headOnly());
    }

    /** As {@link #of(ComputationGraph, Featurizer, int)}, reading concern with {@code readout}. */
    public static BagScorer of(ComputationGraph net, Featurizer featurizer, int batchSize, ConcernReadout.Bound readout) {
        List<String> pooled = split(net);
        ComputationGraphConfiguration conf = net.getConfiguration();
        List<String> inputs = conf.getNetworkInputs();
        Map<String, int[]> at = new LinkedHashMap<>(); // embedding layer -> {mean position, max position}
        Map<String, EmbeddingBag> bags = new HashMap<>(); // embedding layer -> its table, shared by its parts
        List<Part> parts = new ArrayList<>();
        int offset = 0;
        for (String p : pooled) {
            String source = conf.getVertexInputs().get(p).get(0);
            if (layer(conf, source) instanceof Convolution1DLayer) {
                String embedding = conf.getVertexInputs().get(source).get(0);
                EmbeddingBag table = bags.computeIfAbsent(embedding, k -> new EmbeddingBag(net.getLayer(k).getParam("W")));
                WordConvolution conv = new WordConvolution(table, net.getLayer(source).getParam("W"),
                        net.getLayer(source).getParam("b"));
                parts.add(new Conv(conv, inputs.indexOf(conf.getVertexInputs().get(embedding).get(0)), offset));
                offset += conv.filters();
                continue;
            }
            int[] positions = at.computeIfAbsent(source, k -> new int[]{-1, -1});
            boolean max = ((GlobalPoolingLayer) layer(conf, p)).getPoolingType() == PoolingType.MAX;
            positions[max ? 1 : 0] = offset;
            offset += (int) net.getLayer(source).getParam("W").columns();
        }
        for (Map.Entry<String, int[]> e : at.entrySet()) {
            int input = inputs.indexOf(conf.getVertexInputs().get(e.getKey()).get(0));
            EmbeddingBag table = bags.computeIfAbsent(e.getKey(), k -> new EmbeddingBag(net.getLayer(k).getParam("W")));
            parts.add(new Pool(table, input, e.getValue()[0], e.getValue()[1]));
        }
        if (!readout.usesEmotions()) {
            return new BagScorer(featurizer, parts, head(net, null), offset, batchSize, readout);
        }
        // Only the emotions columns the readout reads are computed (4 of 39 for the default model).
        return new BagScorer(featurizer, parts, head(net, readout.columns()), offset, batchSize, readout.onColumns());
    }

    @Override
    public List<Score> score(List<String> texts) {
        List<Score> out = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size(); start += batchSize) {
            List<String> batch = texts.subList(start, Math.min(texts.size(), start + batchSize));
            float[] x = new float[batch.size() * width];
            IntStream.range(0, batch.size()).parallel().forEach(i -> pool(batch.get(i), x, i * width));
            INDArray[] y = head.output(false, Nd4j.create(x, new long[]{batch.size(), width}, 'c'));
            float[] s = y[0].castTo(DataType.FLOAT).data().asFloat();
            float[] c = y[1].castTo(DataType.FLOAT).data().asFloat();
            float[] e = readout.usesEmotions() ? y[2].castTo(DataType.FLOAT).data().asFloat() : null;
            for (int r = 0; r < batch.size(); r++) {
                out.add(new Score(s[r * 3], s[r * 3 + 1], s[r * 3 + 2], readout.concern(c, e, r)));
            }
        }
        return out;
    }

    private void pool(String text, float[] x, int rowOffset) {
        Featurizer.Ids ids = featurizer.ids(text == null ? "" : text);
        for (Part p : parts) {
            p.fill(ids, x, rowOffset);
        }
    }

    /** Checks the graph's shape and returns the merge vertex's inputs (pooling layers) in order. */
    private static List<String> split(ComputationGraph net) {
        ComputationGraphConfiguration conf = net.getConfiguration();
        if (!conf.getNetworkInputs().equals(List.of(GraphLayout.WORDS, GraphLayout.GRAMS))) {
            throw new IllegalArgumentException("inputs are " + conf.getNetworkInputs());
        }
        if (!(conf.getVertices().get(GraphLayout.MERGED) instanceof MergeVertex)) {
            throw new IllegalArgumentException("no merge vertex");
        }
        if (conf.getNetworkOutputs().size() < 2) {
            throw new IllegalArgumentException("outputs are " + conf.getNetworkOutputs() + ", not sentiment and concern");
        }
        List<String> pooled = conf.getVertexInputs().get(GraphLayout.MERGED);
        Set<String> before = new HashSet<>(conf.getNetworkInputs());
        for (String p : pooled) {
            if (!(layer(conf, p) instanceof GlobalPoolingLayer g)
                    || (g.getPoolingType() != PoolingType.MAX && g.getPoolingType() != PoolingType.AVG)) {
                throw new IllegalArgumentException(p + " is not a mean or max pooling layer");
            }
            before.add(p);
            String embedding = conf.getVertexInputs().get(p).get(0);
            if (layer(conf, embedding) instanceof Convolution1DLayer conv) {
                checkConvolution(embedding, conv, g);
                before.add(embedding);
                embedding = conf.getVertexInputs().get(embedding).get(0);
            }
            before.add(embedding);
            if (!(layer(conf, embedding) instanceof EmbeddingSequenceLayer e) || e.hasBias()
                    || !"identity".equalsIgnoreCase(String.valueOf(e.getActivationFn()))) {
                throw new IllegalArgumentException(embedding + " is not a plain embedding layer");
            }
            if (!conf.getNetworkInputs().contains(conf.getVertexInputs().get(embedding).get(0))) {
                throw new IllegalArgumentException(embedding + " does not read a network input");
            }
        }
        for (Map.Entry<String, List<String>> e : conf.getVertexInputs().entrySet()) {
            if (!before.contains(e.getKey()) && !e.getKey().equals(GraphLayout.MERGED)
                    && e.getValue().stream().anyMatch(before::contains)) {
                throw new IllegalArgumentException(e.getKey() + " reads the embeddings directly");
            }
        }
        return pooled;
    }

    /** Only what {@link WordConvolution} computes: kernel 3, stride 1, no dilation, same padding, bias, ReLU, max. */
    private static void checkConvolution(String name, Convolution1DLayer c, GlobalPoolingLayer pooling) {
        boolean fits = c.getKernelSize()[0] == WordConvolution.KERNEL && c.getStride()[0] == 1
                && c.getDilation()[0] == 1 && c.getConvolutionMode() == ConvolutionMode.Same && c.hasBias()
                && "relu".equalsIgnoreCase(String.valueOf(c.getActivationFn()))
                && pooling.getPoolingType() == PoolingType.MAX;
        if (!fits) {
            throw new IllegalArgumentException(name + " is not a kernel-3, same-padded ReLU convolution under max pooling");
        }
    }

    /**
     * The part of the graph after the merge vertex, as its own graph with the trained parameters: the sentiment and
     * concern outputs, and, when {@code emotionColumns} is not null, the auxiliary emotions output cut down to those
     * columns (the ones the concern readout reads).
     */
    private static ComputationGraph head(ComputationGraph net, int[] emotionColumns) {
        ComputationGraphConfiguration conf = net.getConfiguration();
        ComputationGraphConfiguration.GraphBuilder b = new NeuralNetConfiguration.Builder()
                .dataType(DataType.FLOAT).graphBuilder().addInputs(GraphLayout.MERGED);
        List<String> outputs = conf.getNetworkOutputs().subList(0, emotionColumns != null ? 3 : 2);
        Set<String> needed = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(outputs);
        while (!todo.isEmpty()) {
            String v = todo.pop();
            if (!v.equals(GraphLayout.MERGED) && needed.add(v)) {
                todo.addAll(conf.getVertexInputs().get(v));
            }
        }
        List<String> layers = new ArrayList<>();
        for (String name : conf.getTopologicalOrderStr()) {
            if (!needed.contains(name)) {
                continue;
            }
            GraphVertex v = conf.getVertices().get(name).clone();
            if (name.equals(GraphLayout.EMOTIONS) && emotionColumns != null) {
                ((FeedForwardLayer) ((LayerVertex) v).getLayerConf().getLayer()).setNOut(emotionColumns.length);
            }
            b.addVertex(name, v, conf.getVertexInputs().get(name).toArray(String[]::new));
            if (v instanceof LayerVertex) {
                layers.add(name);
            }
        }
        b.setOutputs(outputs.toArray(String[]::new));
        ComputationGraph head = new ComputationGraph(b.build());
        head.init();
        for (String name : layers) {
            if (name.equals(GraphLayout.EMOTIONS) && emotionColumns != null) {
                long[] cols = java.util.Arrays.stream(emotionColumns).asLongStream().toArray();
                for (String p : new String[]{"W", "b"}) {
                    head.getLayer(name).setParam(p, net.getLayer(name).getParam(p).castTo(DataType.FLOAT)
                            .get(NDArrayIndex.all(), NDArrayIndex.indices(cols)).dup());
                }
                continue;
            }
            head.getLayer(name).setParams(net.getLayer(name).params().castTo(DataType.FLOAT).dup());
        }
        return head;
    }

    private static Object layer(ComputationGraphConfiguration conf, String name) {
        GraphVertex v = conf.getVertices().get(name);
        return v instanceof LayerVertex lv ? lv.getLayerConf().getLayer() : v;
    }
}
