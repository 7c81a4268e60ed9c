package io.commentpulse.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.io.Hashing;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A model on disk is a folder: {@value #NETWORK} (the DL4J graph, weights stored as 16-bit floats — half the size in
 * the repository, and training rounds to them before its final evaluation — and run as 32-bit floats), {@value #VOCAB},
 * {@value #FEATURES} and {@value #MANIFEST} (provenance plus the SHA-256 of every other file). Loading verifies every checksum and the
 * tokenizer version and refuses a tampered or mismatched model with a clear message.
 */
public final class ModelFolder {
    public static final String NETWORK = "network.zip";
    public static final String VOCAB = "vocab.txt";
    public static final String FEATURES = "features.json";
    public static final String MANIFEST = "manifest.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A loaded model: the network, its featurizer and its manifest. The network is kept as stored (16-bit weights
     * for new models); {@link #network()} gives it with 32-bit weights, converted on first use, while the fast
     * scoring path reads the stored weights directly and never needs the conversion.
     */
    public static final class Loaded {
        private final Path dir;
        private final ComputationGraph stored;
        private final Featurizer featurizer;
        private final JsonNode manifest;
        private final ConcernCalibration calibration;
        private final ConcernReadout.Bound readout;
        private final Scorer encoder;
        private ComputationGraph network;

        Loaded(Path dir, ComputationGraph stored, Featurizer featurizer, JsonNode manifest, ConcernCalibration calibration,
               ConcernReadout.Bound readout) {
            this(dir, stored, featurizer, manifest, calibration, readout, null);
        }

        Loaded(Path dir, ComputationGraph stored, Featurizer featurizer, JsonNode manifest, ConcernCalibration calibration,
               ConcernReadout.Bound readout, Scorer encoder) {
            this.encoder = encoder;
            this.dir = dir;
            this.stored = stored;
            this.featurizer = featurizer;
            this.manifest = manifest;
            this.calibration = calibration;
            this.readout = readout;
        }

        /**
         * For an encoder model ({@link EncoderModel}) or a combination ({@link CombinedModel}): its uncalibrated
         * scorer; empty for a network model, whose
         * network and featurizer are what the other accessors give.
         */
        public java.util.Optional<Scorer> encoderScorer() {
            return java.util.Optional.ofNullable(encoder);
        }

        /** True for a DL4J network model (the default kind): training, retraining and the bench read its network. */
        public boolean hasNetwork() {
            return stored != null;
        }

        /** How concern is read from the network's outputs (the head alone unless the manifest says otherwise). */
        public ConcernReadout.Bound readout() {
            return readout;
        }

        /**
         * How the manifest reads concern in its thread ({@link ThreadContext}), if it has that term: applied by
         * score, run and evaluate when asked with --thread-context, never by the scorer itself.
         */
        public java.util.Optional<ThreadContext> threadContext() {
            return ThreadContext.of(manifest);
        }

        /** The concern calibration the manifest holds, if any (applied by {@link Scorers#forModel}). */
        public java.util.Optional<ConcernCalibration> calibration() {
            return java.util.Optional.ofNullable(calibration);
        }

        public Path dir() {
            return dir;
        }

        /** The network with 32-bit weights (what training and the whole-graph scorer run). */
        public synchronized ComputationGraph network() {
            if (network == null) {
                network = float32(stored);
            }
            return network;
        }

        /** The network as stored on disk. */
        public ComputationGraph storedNetwork() {
            return stored;
        }

        public Featurizer featurizer() {
            return featurizer;
        }

        public JsonNode manifest() {
            return manifest;
        }

        /**
         * The concern threshold chosen on dev data at training time (0.5 when the manifest has none), on the scale
         * {@link Scorers#forModel} reports: a calibrated model's threshold is mapped through its calibration.
         */
        public double concernThreshold() {
            return manifest.path("concern_threshold").asDouble(0.5);
        }
    }

    /** A model folder that must not be used. */
    public static final class InvalidModelException extends IOException {
        public InvalidModelException(String message) {
            super(message);
        }
    }

    private ModelFolder() {
    }

    public static Loaded load(Path dir) throws IOException {
        Path manifestFile = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InvalidModelException(dir + ": not a model folder (no " + MANIFEST + ")");
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestFile.toFile());
        } catch (IOException e) {
            throw new InvalidModelException(manifestFile + ": unreadable manifest: " + e.getMessage());
        }
        // Start ND4J's native backend (about 0.4 s) while the checksums are computed; it reads nothing of the model.
        Thread backend = new Thread(Nd4j::getBackend, "nd4j-init");
        backend.setDaemon(true);
        backend.start();
        ConcernCalibration calibration;
        try {
            calibration = ConcernCalibration.of(manifest).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(manifestFile + ": " + ConcernCalibration.KEY + ": " + e.getMessage());
        }
        try {
            ThreadContext.of(manifest);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(manifestFile + ": " + ThreadContext.KEY + ": " + e.getMessage());
        }
        List<String> emotionLabels = ConcernReadout.emotionLabels(manifest);
        ConcernReadout.Bound readout;
        try {
            readout = ConcernReadout.of(manifest).bind(emotionLabels);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(manifestFile + ": " + ConcernReadout.KEY + ": " + e.getMessage());
        }
        ManifestSeal.verify(dir, manifest);
        JsonNode files = manifest.path("files");
        for (String name : fileNames(manifest)) {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) {
                throw new InvalidModelException(dir + ": missing " + name);
            }
            String want = files.path(name).path("sha256").asText("");
            String got = Hashing.sha256(f);
            if (!got.equals(want)) {
                throw new InvalidModelException(f + ": checksum mismatch (manifest says " + abbrev(want) + ", file is "
                        + abbrev(got) + "); the model was modified or is incomplete, refusing to load it");
            }
        }
        if (EncoderModel.is(manifest)) {
            return new Loaded(dir, null, null, manifest, calibration, readout, EncoderModel.scorer(dir, manifest));
        }
        if (CombinedModel.is(manifest)) {
            return new Loaded(dir, null, null, manifest, calibration, readout, CombinedModel.scorer(dir, manifest));
        }
        // Verified: now the graph's configuration and its weights are parsed at the same time (about 0.3 s each)
        // while this thread reads the vocabulary.
        CompletableFuture<ComputationGraph> net = restore(dir.resolve(NETWORK));
        FeatureConfig config = JSON.treeToValue(JSON.readTree(dir.resolve(FEATURES).toFile()), FeatureConfig.class);
        Featurizer featurizer;
        try {
            featurizer = new Featurizer(Vocabulary.load(dir.resolve(VOCAB)), config);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(dir + ": " + e.getMessage());
        }
        ComputationGraph graph = join(net, dir.resolve(NETWORK));
        if (readout.usesEmotions() && (graph.getNumOutputArrays() < 3
                || graph.getOutputLayer(2).getParam("b").length() != emotionLabels.size())) {
            throw new InvalidModelException(manifestFile + ": " + ConcernReadout.KEY + " reads an emotions output with "
                    + emotionLabels.size() + " labels, which the network does not have");
        }
        return new Loaded(dir, graph, featurizer, manifest, calibration, readout);
    }

    /** {@code net} with 32-bit weights: itself when it has them, else a converted copy. */
    static ComputationGraph float32(ComputationGraph net) {
        return net.params().dataType() == DataType.FLOAT ? net : net.convertDataType(DataType.FLOAT);
    }

    /**
     * What {@code ModelSerializer.restoreComputationGraph(file, false)} does for a network saved without updater
     * state, with the configuration and the weights read in parallel.
     */
    private static CompletableFuture<ComputationGraph> restore(Path zip) {
        // A thread per part: the common pool has a single worker on two cores.
        java.util.concurrent.Executor ownThread = r -> {
            Thread t = new Thread(r, "model-load");
            t.setDaemon(true);
            t.start();
        };
        CompletableFuture<ComputationGraphConfiguration> conf = CompletableFuture.supplyAsync(() ->
                ComputationGraphConfiguration.fromJson(new String(entry(zip, "configuration.json"), StandardCharsets.UTF_8)), ownThread);
        CompletableFuture<INDArray> params = CompletableFuture.supplyAsync(() -> {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry(zip, "coefficients.bin")))) {
                return Nd4j.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ownThread);
        return conf.thenCombine(params, (c, p) -> {
            ComputationGraph g = new ComputationGraph(c);
            g.init(p, false);
            return g;
        });
    }

    private static byte[] entry(Path zip, String name) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(name);
            if (e == null) {
                throw new InvalidModelException(zip + ": no " + name + " inside; not a DL4J network file");
            }
            try (InputStream in = z.getInputStream(e)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ComputationGraph join(CompletableFuture<ComputationGraph> net, Path zip) throws IOException {
        try {
            return net.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) { // InvalidModelException among them
                throw io.getCause();
            }
            throw new InvalidModelException(zip + ": unreadable network: " + cause);
        }
    }

    /**
     * Writes a model folder atomically: files go to a sibling temp folder that is renamed into place; an existing
     * folder at {@code dir} is replaced.
     */
    public static void save(Path dir, ComputationGraph net, Featurizer featurizer, ObjectNode manifest) throws IOException {
        write(dir, manifest, tmp -> {
            ModelSerializer.writeModel(net.convertDataType(DataType.HALF), tmp.resolve(NETWORK).toFile(), false);
            manifest.put("weights", "float16 on disk, float32 in memory");
            featurizer.vocabulary().save(tmp.resolve(VOCAB));
            JSON.writeValue(tmp.resolve(FEATURES).toFile(), featurizer.config());
        });
    }

    /**
     * Writes {@code model}'s network, vocabulary and features unchanged, with {@code manifest}, as the folder
     * {@code dir} (atomically, as {@link #save}); {@code dir} may be the model's own folder.
     */
    public static void saveWithManifest(Loaded model, Path dir, ObjectNode manifest) throws IOException {
        write(dir, manifest, tmp -> {
            for (String name : fileNames(model.manifest())) {
                Files.copy(model.dir().resolve(name), tmp.resolve(name));
            }
        });
    }

    /** Writes an encoder model ({@link EncoderModel}): its heads and the manifest, atomically as {@link #save}. */
    static void saveEncoder(Path dir, ObjectNode heads, ObjectNode manifest) throws IOException {
        write(dir, manifest, tmp -> JSON.writeValue(tmp.resolve(EncoderModel.HEADS).toFile(), heads));
    }

    /** Writes a combination ({@link CombinedModel}): the manifest alone, atomically as {@link #save}. */
    static void saveCombined(Path dir, ObjectNode manifest) throws IOException {
        write(dir, manifest, tmp -> { });
    }

    /** The files a model folder of this manifest's kind holds beside its manifest. */
    static String[] fileNames(JsonNode manifest) {
        if (CombinedModel.is(manifest)) {
            return new String[0];
        }
        return EncoderModel.is(manifest) ? new String[]{EncoderModel.HEADS} : new String[]{NETWORK, VOCAB, FEATURES};
    }

    /** Writes the model files into a folder. */
    private interface Contents {
        void writeInto(Path folder) throws IOException;
    }

    /** {@code contents} into a sibling temp folder, then {@link #finish}; the temp folder never outlives a failure. */
    private static void write(Path dir, ObjectNode manifest, Contents contents) throws IOException {
        Path abs = dir.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".tmp");
        try {
            contents.writeInto(tmp);
            finish(tmp, abs, manifest);
        } finally {
            if (Files.exists(tmp)) {
                io.commentpulse.io.FileTrees.delete(tmp);
            }
        }
    }

    /** Checksums the files in {@code tmp} into the manifest, writes it, and renames {@code tmp} to {@code abs}. */
    private static void finish(Path tmp, Path abs, ObjectNode manifest) throws IOException {
        ObjectNode files = manifest.putObject("files");
        for (String name : fileNames(manifest)) {
            ObjectNode f = files.putObject(name);
            f.put("sha256", Hashing.sha256(tmp.resolve(name)));
            f.put("bytes", Files.size(tmp.resolve(name)));
        }
        JSON.writeValue(tmp.resolve(MANIFEST).toFile(), manifest);
        ManifestSeal.write(tmp, manifest);
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        if (Files.exists(abs)) {
            io.commentpulse.io.FileTrees.delete(abs);
        }
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads only the manifest (for listings), without verifying the files. */
    public static JsonNode manifest(Path dir) throws IOException {
        return JSON.readTree(dir.resolve(MANIFEST).toFile());
    }

    public static ObjectMapper json() {
        return JSON;
    }

    private static String abbrev(String h) {
        return h.length() > 12 ? h.substring(0, 12) + "…" : h.isEmpty() ? "nothing" : h;
    }

}
