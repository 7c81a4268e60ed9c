package io.commentpulse.model;

import io.commentpulse.io.Progress;
import io.commentpulse.score.ConcernReadout;
import io.commentpulse.score.FeatureConfig;
import io.commentpulse.score.Featurizer;
import io.commentpulse.score.NetworkScorer;
import io.commentpulse.score.Tokenizer;
import io.commentpulse.score.Vocabulary;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the two-headed network: builds the vocabulary from the training rows, initialises word embeddings from
 * pretrained vectors when given, trains with early stopping on the dev sets, and keeps the best epoch. Can also
 * continue training an existing network (fine-tuning).
 */
public final class Trainer {
    /** What training produced. */
    public record Result(ComputationGraph network, Featurizer featurizer, List<Evaluation> dev, double devScore,
                         int bestEpoch, int epochsRun, double threshold, double seconds, int pretrainedWords,
                         List<String> emotionLabels, boolean averaged, ConcernReadout readout) {
    }

    private final TrainConfig config;
    private final boolean progress;
    private final boolean emotionReadout;
    private final SentenceVectors sentenceVectors;

    /** A trainer whose models read concern with their emotions output too, when it predicts a known scheme's labels. */
    public Trainer(TrainConfig config, boolean progress) {
        this(config, progress, true);
    }

    /**
     * @param emotionReadout whether a new model reads concern from its emotions output as well as from its concern
     *                       head ({@link ConcernReadout}); false: the head alone
     */
    public Trainer(TrainConfig config, boolean progress, boolean emotionReadout) {
        this(config, progress, emotionReadout, null);
    }

    /**
     * @param sentenceVectors a sentence encoder's vectors of training texts, learnt by an auxiliary output that only
     *                        training has ({@link NetworkBuilder#build(TrainConfig, int, int, double[], int, int, int,
     *                        double)}), or null for none
     */
    public Trainer(TrainConfig config, boolean progress, boolean emotionReadout, SentenceVectors sentenceVectors) {
        this.config = config;
        this.progress = progress;
        this.emotionReadout = emotionReadout;
        this.sentenceVectors = sentenceVectors;
    }

    /** Trains a new model from scratch. */
    public Result train(List<LabeledExample> train, Map<String, List<LabeledExample>> dev,
                        EmbeddingSource embeddings) throws java.io.IOException {
        return train(train, null, dev, embeddings);
    }

    /**
     * Trains a new model; {@code concernWeights} (one per row, or null for all 1) scales each row's concern loss,
     * e.g. to balance sources of very different size and base rate.
     */
    public Result train(List<LabeledExample> train, double[] concernWeights, Map<String, List<LabeledExample>> dev,
                        EmbeddingSource embeddings) throws java.io.IOException {
        Vocabulary vocab = buildVocabulary(train);
        if (config.pretrainedVocab() > 0 && embeddings != null) {
            vocab = vocab.plus(embeddings.mostFrequent(config.pretrainedVocab()));
        }
        FeatureConfig d = FeatureConfig.defaults();
        Featurizer featurizer = new Featurizer(vocab, new FeatureConfig(d.tokenizer(), config.buckets(), d.maxWords(),
                d.maxGrams(), d.minChar(), d.maxChar()));
        int batchesPerEpoch = (int) Math.ceil(train.size() / (double) config.batchSize());
        EmotionLabels found = config.emotions() ? EmotionLabels.of(train) : null;
        EmotionLabels emotions = found == null || found.size() == 0 ? null : found;
        ComputationGraph net = NetworkBuilder.build(config, vocab.size(), featurizer.config().buckets(),
                sentimentWeights(train), batchesPerEpoch, emotions == null ? 0 : emotions.size(),
                sentenceVectors == null ? 0 : sentenceVectors.dimension(),
                sentenceVectors == null ? 0 : sentenceVectors.weight());
        int pretrained = 0;
        if (embeddings != null) {
            pretrained = initEmbeddings(net, vocab, embeddings);
        }
        ConcernReadout readout = emotions == null || !emotionReadout ? ConcernReadout.HEAD
                : ConcernSchemes.readoutFor(emotions.names());
        return fit(net, featurizer, train, concernWeights, dev, pretrained, 0.5, emotions, readout);
    }

    /**
     * Continues training {@code base} (a copy is made) on new rows, keeping its concern readout.
     *
     * @param emotionLabels the labels of the base's emotions output, in order, as its manifest lists them (empty
     *                      when unknown: the output is then kept but not trained)
     */
    public Result fineTune(ComputationGraph base, Featurizer featurizer, ConcernReadout readout,
                           List<String> emotionLabels, List<LabeledExample> train,
                           Map<String, List<LabeledExample>> dev, double baseThreshold) {
        ComputationGraph net = base.clone();
        net.setLearningRate(config.learningRate());
        EmotionLabels emotions = null;
        if (net.getNumOutputArrays() > 2) {
            int n = (int) net.getOutputLayer(2).getParam("b").length();
            emotions = emotionLabels.size() == n ? EmotionLabels.named(emotionLabels) : EmotionLabels.unnamed(n);
        }
        return fit(net, featurizer, train, null, dev, 0, baseThreshold, emotions, readout);
    }


    /** Pretrained vectors for a set of words. */
    public interface EmbeddingSource {
        Map<String, float[]> vectors(java.util.Set<String> words, int dim) throws java.io.IOException;

        /** The source's {@code n} most frequent words (empty when it cannot tell). */
        default List<String> mostFrequent(int n) throws java.io.IOException {
            return List.of();
        }
    }

    /** {@code fallbackThreshold} is kept when the dev data has no concern labels to choose a threshold from. */
    private Result fit(ComputationGraph net, Featurizer featurizer, List<LabeledExample> train, double[] concernWeights,
                       Map<String, List<LabeledExample>> dev, int pretrained,
                       double fallbackThreshold, EmotionLabels emotions, ConcernReadout readout) {
        long t0 = System.nanoTime();
        TrainingData data = new TrainingData(train, concernWeights, featurizer, emotions,
                NetworkBuilder.hasSentenceOutput(net) ? sentenceVectors : null);
        Random rnd = new Random(config.seed());
        Random tokenRnd = new Random(config.seed() + 1); // token dropout draws apart: the batch order stays as without it
        NetworkScorer scorer = new NetworkScorer(net, featurizer, 256,
                readout.bind(emotions == null ? List.of() : emotions.names()));
        double best = Double.NEGATIVE_INFINITY;
        INDArray bestParams = net.params().dup();
        int bestEpoch = 0;
        int sinceBest = 0;
        int epochsRun = 0;
        List<Evaluation> bestDev = List.of();
        boolean bestAveraged = false;
        String lastDev = "";
        WeightAverage average = config.weightAverage() > 0 ? new WeightAverage(net.params(), config.weightAverage()) : null;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            List<int[]> batches = data.epochBatches(rnd, config.batchSize());
            Progress bar = new Progress("epoch " + epoch + "/" + config.epochs(), batches.size(), progress);
            double lossSum = 0;
            for (int b = 0; b < batches.size(); b++) {
                net.fit(data.batch(batches.get(b), config.tokenDropout(), tokenRnd));
                lossSum += net.score();
                if (average != null) {
                    average.update(net.params());
                }
                bar.update(b + 1, String.format(java.util.Locale.ROOT, "loss %.4f%s", lossSum / (b + 1), lastDev));
            }
            epochsRun = epoch;
            List<Evaluation> evals = evaluate(scorer, dev);
            double score = devScore(evals);
            INDArray candidate = net.params();
            String averagedNote = "";
            boolean averaged = false;
            if (average != null) {
                INDArray current = net.params().dup();
                INDArray mean = average.mean();
                net.setParams(mean);
                List<Evaluation> avgEvals = evaluate(scorer, dev);
                double avgScore = devScore(avgEvals);
                net.setParams(current); // training goes on from the current weights
                averagedNote = String.format(java.util.Locale.ROOT, ", averaged weights %.4f", avgScore);
                if (avgScore > score) {
                    score = avgScore;
                    evals = avgEvals;
                    candidate = mean;
                    averaged = true;
                }
            }
            lastDev = String.format(java.util.Locale.ROOT, " dev %.4f", score);
            if (progress) {
                System.err.printf(java.util.Locale.ROOT, "epoch %d: train loss %.4f, dev score %.4f%s%s%n", epoch,
                        lossSum / Math.max(1, batches.size()), score, averagedNote, score > best ? " (best)" : "");
            }
            if (score > best || dev.isEmpty()) {
                best = score;
                bestParams = candidate.dup();
                bestEpoch = epoch;
                bestDev = evals;
                bestAveraged = averaged;
                sinceBest = 0;
            } else if (++sinceBest >= config.patience()) {
                break;
            }
        }
        // Weights are stored as 16-bit floats (ModelFolder): round them now, so that every figure below, and every
        // score of the saved model, comes from exactly the weights that get saved.
        net.setParams(bestParams.castTo(DataType.HALF).castTo(DataType.FLOAT));
        double threshold = chooseThreshold(scorer, dev, fallbackThreshold);
        List<Evaluation> finalDev = evaluate(scorer, dev, threshold);
        return new Result(NetworkBuilder.withoutSentenceOutput(net), featurizer, finalDev.isEmpty() ? bestDev : finalDev, best, bestEpoch, epochsRun,
                threshold, (System.nanoTime() - t0) / 1e9, pretrained, emotions == null ? List.of() : emotions.names(),
                bestAveraged, readout);
    }

    /** Every dev set evaluated at concern threshold 0.5 (the dev score uses no threshold-bound figure). */
    private static List<Evaluation> evaluate(NetworkScorer scorer, Map<String, List<LabeledExample>> dev) {
        return evaluate(scorer, dev, 0.5);
    }

    private static List<Evaluation> evaluate(NetworkScorer scorer, Map<String, List<LabeledExample>> dev,
                                             double threshold) {
        List<Evaluation> evals = new ArrayList<>();
        for (Map.Entry<String, List<LabeledExample>> d : dev.entrySet()) {
            evals.add(new Evaluator(scorer, threshold).evaluate(d.getKey(), d.getValue()));
        }
        return evals;
    }

    /** Mean over dev sets of their headline figures: sentiment macro-F1 and macro-recall, concern ROC-AUC. */
    public static double devScore(List<Evaluation> evals) {
        double sum = 0;
        int n = 0;
        for (Evaluation e : evals) {
            Map<String, Double> h = e.headline();
            for (String k : List.of("sentiment_macro_f1", "sentiment_macro_recall", "concern_roc_auc")) {
                Double v = h.get(k);
                if (v != null && !v.isNaN()) {
                    sum += v;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double chooseThreshold(NetworkScorer scorer, Map<String, List<LabeledExample>> dev, double fallback) {
        List<Integer> gold = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        for (List<LabeledExample> rows : dev.values()) {
            List<LabeledExample> labeled = rows.stream().filter(r -> r.concern() != null).toList();
            var scores = scorer.score(labeled.stream().map(LabeledExample::text).toList());
            for (int i = 0; i < labeled.size(); i++) {
                gold.add(labeled.get(i).concern());
                score.add(scores.get(i).concern());
            }
        }
        if (gold.isEmpty() || !gold.contains(1)) {
            return fallback;
        }
        return Metrics.bestThreshold(Evaluator.ints(gold), Evaluator.doubles(score));
    }

    private Vocabulary buildVocabulary(List<LabeledExample> train) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabeledExample r : train) {
            for (String t : Tokenizer.tokenize(r.text())) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        List<String> words = counts.entrySet().stream().filter(e -> e.getValue() >= config.minCount())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(config.maxVocab()).map(Map.Entry::getKey).toList();
        return new Vocabulary(words);
    }

    private int initEmbeddings(ComputationGraph net, Vocabulary vocab, EmbeddingSource source) throws java.io.IOException {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (int i = 2; i < vocab.size(); i++) {
            wanted.add(vocab.word(i));
        }
        Map<String, float[]> vectors = source.vectors(wanted, config.wordDim());
        INDArray w = net.getLayer(NetworkBuilder.WORD_EMBEDDING).getParam("W");
        int found = 0;
        for (int i = 2; i < vocab.size(); i++) {
            float[] v = vectors.get(vocab.word(i));
            if (v != null) {
                w.putRow(i, Nd4j.create(v).castTo(w.dataType()));
                found++;
            }
        }
        return found;
    }

    /**
     * Inverse-frequency class weights, square-rooted so rare classes help without dominating. A row with only a
     * teacher's soft sentiment counts as its probabilities.
     */
    static double[] sentimentWeights(List<LabeledExample> train) {
        double[] counts = new double[3];
        for (LabeledExample r : train) {
            if (r.sentiment() != null) {
                counts[r.sentiment().ordinal()]++;
            } else if (r.soft() != null && r.soft().hasSentiment()) {
                counts[0] += r.soft().negative();
                counts[1] += r.soft().neutral();
                counts[2] += r.soft().positive();
            }
        }
        double total = counts[0] + counts[1] + counts[2];
        double[] w = new double[3];
        for (int c = 0; c < 3; c++) {
            w[c] = counts[c] == 0 ? 1 : Math.sqrt(total / (3 * counts[c]));
        }
        return w;
    }

}
