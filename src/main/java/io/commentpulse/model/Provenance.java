package io.commentpulse.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.io.Hashing;
import io.commentpulse.score.ConcernReadout;
import io.commentpulse.score.Sentiment;
import io.commentpulse.score.Tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;

/** Builds a model manifest: where the model came from, how it was trained and how well it did. */
public final class Provenance {
    private Provenance() {
    }

    /** A labeled file used in training or evaluation, with the SHA-256 taken when it was read. */
    public record DataFile(Path path, int rows, String sha256) {
    }

    /** The pretrained vectors a model was initialised from, hashed when they were read. */
    public record EmbeddingsFile(Path path, String sha256) {
        public static EmbeddingsFile hashed(Path path) throws IOException {
            return path == null ? null : new EmbeddingsFile(path, Hashing.sha256(path));
        }
    }

    public static ObjectNode manifest(String name, List<DataFile> train, List<DataFile> dev, TrainConfig config,
                                      Trainer.Result result, EmbeddingsFile embeddings) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("name", name);
        m.put("format", "commentpulse-model/1");
        m.put("created", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("tokenizer", Tokenizer.VERSION);
        ObjectNode labels = m.putObject("labels");
        ArrayNode s = labels.putArray("sentiment");
        for (Sentiment v : Sentiment.values()) {
            s.add(v.label());
        }
        labels.put("concern", "1 = the reader expresses worry, fear, alarm or pessimism (sigmoid output)");
        if (!result.emotionLabels().isEmpty()) {
            ArrayNode aux = labels.putArray("auxiliary_emotions");
            result.emotionLabels().forEach(aux::add);
            labels.put("auxiliary_emotions_note", "third output, trained from the sources' fine-grained labels "
                    + "(loss weight 0.5 each, masked outside a row's own scheme); not written by score, but read by "
                    + "the concern readout when the manifest has one");
        }
        if (result.readout().usesEmotions()) {
            m.set(ConcernReadout.KEY, result.readout().toJson());
        }
        m.set("training_data", files(train));
        m.set("dev_data", files(dev));
        m.set("hyperparameters", ModelFolderJson.toTree(config));
        m.put("seed", config.seed());
        if (embeddings != null) {
            ObjectNode e = m.putObject("embeddings");
            e.put("file", embeddings.path().getFileName().toString());
            e.put("sha256", embeddings.sha256());
            e.put("words_initialised", result.pretrainedWords());
        }
        ObjectNode t = m.putObject("training");
        t.put("best_epoch", result.bestEpoch());
        t.put("best_weights", result.averaged() ? "moving average" : "as trained");
        t.put("epochs_run", result.epochsRun());
        t.put("seconds", Math.round(result.seconds()));
        t.put("dev_score", Math.round(result.devScore() * 1e4) / 1e4);
        m.put("concern_threshold", result.threshold());
        ArrayNode metrics = m.putArray("dev_metrics");
        result.dev().forEach(e -> metrics.add(e.toJson()));
        ObjectNode lib = m.putObject("libraries");
        lib.put("deeplearning4j", version("org.deeplearning4j", "deeplearning4j-nn"));
        lib.put("nd4j", version("org.nd4j", "nd4j-native"));
        lib.put("java", System.getProperty("java.version"));
        return m;
    }

    /** The manifest entries of data files: path, SHA-256 and row count. */
    public static ArrayNode files(List<DataFile> files) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (DataFile f : files) {
            ObjectNode o = a.addObject();
            o.put("file", f.path().toString());
            o.put("sha256", f.sha256());
            o.put("rows", f.rows());
        }
        return a;
    }

    static String version(String group, String artifact) {
        String res = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Provenance.class.getResourceAsStream(res)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
