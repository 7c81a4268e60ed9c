package io.commentpulse.model;

import io.commentpulse.score.GraphLayout;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.deeplearning4j.nn.transferlearning.TransferLearning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The network: word embeddings (GloVe-initialised) and hashed n-gram embeddings, each pooled by mean and max, and
 * optionally a word convolution (kernel 3, max-pooled); then one hidden layer per head: sentiment (3-way softmax)
 * and concern (sigmoid). Both heads train jointly; a row missing one label is masked out of that head's loss.
 */
public final class NetworkBuilder {
    public static final String WORDS = GraphLayout.WORDS;
    public static final String GRAMS = GraphLayout.GRAMS;
    public static final String WORD_EMBEDDING = GraphLayout.WORD_EMBEDDING;
    public static final String SENTIMENT = GraphLayout.SENTIMENT;
    public static final String CONCERN = GraphLayout.CONCERN;

    /** The auxiliary sentence output's name (training only). */
    static final String SENTENCE = "sentence_vector";
    private static final String BOTH_HIDDEN = "both_hidden";

    private NetworkBuilder() {
    }

    /** Loss weight of each auxiliary emotion label, relative to the main heads. */
    static final double EMOTION_WEIGHT = 0.5;

    /**
     * @param emotions width of the auxiliary emotions output (sigmoid per fine-grained label, trained from both
     *                 hidden layers so they learn to tell fear from sadness or surprise; unused when scoring), or 0
     *                 for none
     */
    public static ComputationGraph build(TrainConfig c, int vocabSize, int buckets, double[] sentimentWeights,
                                         int batchesPerEpoch, int emotions) {
        return build(c, vocabSize, buckets, sentimentWeights, batchesPerEpoch, emotions, 0, 0);
    }

    /**
     * As {@link #build(TrainConfig, int, int, double[], int, int)}, with an auxiliary sentence output of width
     * {@code sentenceDim} (0: none): a linear layer from both hidden layers, trained by mean squared error (weight
     * {@code sentenceWeight} per dimension) to a sentence encoder's standardised vector of the text
     * ({@link SentenceVectors}). It exists only in training: {@link #withoutSentenceOutput} removes it before the
     * network is saved.
     */
    public static ComputationGraph build(TrainConfig c, int vocabSize, int buckets, double[] sentimentWeights,
                                         int batchesPerEpoch, int emotions, int sentenceDim, double sentenceWeight) {
        Adam adam = c.lrDecay() == 1.0 ? new Adam(c.learningRate())
                : new Adam(new ExponentialSchedule(ScheduleType.ITERATION, c.learningRate(),
                Math.pow(c.lrDecay(), 1.0 / Math.max(1, batchesPerEpoch))));
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(c.seed())
                .updater(adam)
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs(WORDS, GRAMS)
                .addLayer(WORD_EMBEDDING, new EmbeddingSequenceLayer.Builder().nIn(vocabSize).nOut(c.wordDim())
                        .build(), WORDS)
                .addLayer("word_mean", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), WORD_EMBEDDING)
                .addLayer("word_max", new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), WORD_EMBEDDING)
                .addLayer(GraphLayout.GRAM_EMBEDDING, new EmbeddingSequenceLayer.Builder().nIn(buckets).nOut(c.gramDim())
                        .build(), GRAMS)
                .addLayer("gram_mean", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), GraphLayout.GRAM_EMBEDDING)
                .addLayer("gram_max", new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), GraphLayout.GRAM_EMBEDDING);
        List<String> pooled = new ArrayList<>(List.of("word_mean", "word_max", "gram_mean", "gram_max"));
        int merged = 2 * c.wordDim() + 2 * c.gramDim();
        if (c.convFilters() > 0) {
            g.addLayer(GraphLayout.WORD_CONV, new Convolution1DLayer.Builder().kernelSize(GraphLayout.CONV_KERNEL)
                            .convolutionMode(ConvolutionMode.Same).nIn(c.wordDim()).nOut(c.convFilters())
                            .activation(Activation.RELU).build(), WORD_EMBEDDING)
                    .addLayer(GraphLayout.CONV_MAX, new GlobalPoolingLayer.Builder(PoolingType.MAX).build(),
                            GraphLayout.WORD_CONV);
            pooled.add(GraphLayout.CONV_MAX);
            merged += c.convFilters();
        }
        int concernWidth = Math.max(16, c.hidden() / 2);
        g.addVertex(GraphLayout.MERGED, new MergeVertex(), pooled.toArray(String[]::new))
                .addLayer("hidden", new DenseLayer.Builder().nIn(merged).nOut(c.hidden())
                        .activation(Activation.RELU).dropOut(1.0 - c.dropout()).build(), GraphLayout.MERGED)
                .addLayer("concern_hidden", new DenseLayer.Builder().nIn(merged)
                        .nOut(concernWidth).activation(Activation.RELU).dropOut(1.0 - c.dropout()).build(), GraphLayout.MERGED)
                .addLayer(SENTIMENT, new OutputLayer.Builder(new LossMCXENT(Nd4j.create(sentimentWeights)))
                        .nIn(c.hidden()).nOut(3).activation(Activation.SOFTMAX).build(), "hidden")
                .addLayer(CONCERN, new OutputLayer.Builder(new LossBinaryXENT(Nd4j.create(new double[]{c.concernWeight()})))
                        .nIn(concernWidth).nOut(1).activation(Activation.SIGMOID).build(), "concern_hidden");
        List<String> outputs = new ArrayList<>(List.of(SENTIMENT, CONCERN));
        if (emotions > 0 || sentenceDim > 0) {
            g.addVertex(BOTH_HIDDEN, new MergeVertex(), "hidden", "concern_hidden");
        }
        if (emotions > 0) {
            double[] w = new double[emotions];
            Arrays.fill(w, EMOTION_WEIGHT);
            g.addLayer(GraphLayout.EMOTIONS, new OutputLayer.Builder(new LossBinaryXENT(Nd4j.create(w)))
                    .nIn(c.hidden() + concernWidth).nOut(emotions).activation(Activation.SIGMOID).build(), BOTH_HIDDEN);
            outputs.add(GraphLayout.EMOTIONS);
        }
        if (sentenceDim > 0) {
            double[] w = new double[sentenceDim];
            Arrays.fill(w, sentenceWeight);
            g.addLayer(SENTENCE, new OutputLayer.Builder(new LossMSE(Nd4j.create(w)))
                    .nIn(c.hidden() + concernWidth).nOut(sentenceDim).activation(Activation.IDENTITY).build(), BOTH_HIDDEN);
            outputs.add(SENTENCE);
        }
        g.setOutputs(outputs.toArray(String[]::new));
        ComputationGraphConfiguration conf = g.build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    /** True when {@code net} has the auxiliary sentence output. */
    static boolean hasSentenceOutput(ComputationGraph net) {
        return net.getConfiguration().getNetworkOutputs().contains(SENTENCE);
    }

    /**
     * The network without its sentence output (and without the merge of both hidden layers when only that output
     * read it), its other weights unchanged: the graph every model folder holds.
     */
    static ComputationGraph withoutSentenceOutput(ComputationGraph net) {
        if (!hasSentenceOutput(net)) {
            return net;
        }
        List<String> outputs = new ArrayList<>(net.getConfiguration().getNetworkOutputs());
        outputs.remove(SENTENCE);
        TransferLearning.GraphBuilder b = new TransferLearning.GraphBuilder(net).removeVertexAndConnections(SENTENCE);
        if (!outputs.contains(GraphLayout.EMOTIONS)) {
            b.removeVertexAndConnections(BOTH_HIDDEN);
        }
        return b.setOutputs(outputs.toArray(String[]::new)).build();
    }
}
