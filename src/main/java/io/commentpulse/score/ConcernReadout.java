package io.commentpulse.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * How a model's concern probability is read from its network's outputs.
 *
 * <p>A network trained with the auxiliary emotions output holds, beside its concern head, one more estimate of concern
 * per labelling scheme: each source defines concern as some of its own labels (GoEmotions: fear or nervousness;
 * SemEval-2018 E-c: fear or pessimism), and the emotions output predicts exactly those labels. A scheme's estimate is
 * the noisy-or of its labels' probabilities, {@code 1 − Π(1 − p)}. The readout averages the logits of the head and of
 * every scheme's estimate, with equal weights that are fixed, not fitted. A model without {@link #groups} reads the
 * head alone. Stored in the manifest as {@value #KEY}; why it exists is measured in models/README.md.
 *
 * <p>A readout may also leave the concern head out ({@code head} false) and read only chosen schemes, e.g. the
 * news-reader definition for a model used on news comments; {@code pulse calibrate --readout} chooses it on labeled
 * comments of the domain.
 *
 * @param groups one list of {@code scheme:label} emotion labels per scheme whose noisy-or joins the average
 * @param head   whether the concern head's logit joins the average
 */
public record ConcernReadout(List<List<String>> groups, boolean head) {
    public static final String KEY = "concern_readout";
    /** The concern head alone: what models without emotion groups (and every model before this readout) report. */
    public static final ConcernReadout HEAD = new ConcernReadout(List.of());

    public ConcernReadout {
        groups = groups.stream().map(List::copyOf).toList();
        if (groups.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("an emotion group is empty");
        }
        if (!head && groups.isEmpty()) {
            throw new IllegalArgumentException("a readout without the concern head needs an emotion group");
        }
    }

    /** The head and these groups. */
    public ConcernReadout(List<List<String>> groups) {
        this(groups, true);
    }

    public boolean usesEmotions() {
        return !groups.isEmpty();
    }

    /** {@link #HEAD}, bound: reads the concern head alone, for any network. */
    public static Bound headOnly() {
        return HEAD.bind(List.of());
    }

    /**
     * The readout with its labels turned into column numbers of the emotions output, whose labels are
     * {@code emotionLabels} in order.
     *
     * @throws IllegalArgumentException when a group names a label the output does not have
     */
    public Bound bind(List<String> emotionLabels) {
        int[][] columns = new int[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            columns[g] = new int[group.size()];
            for (int i = 0; i < group.size(); i++) {
                columns[g][i] = emotionLabels.indexOf(group.get(i));
                if (columns[g][i] < 0) {
                    throw new IllegalArgumentException("the emotions output has no label " + group.get(i));
                }
            }
        }
        return new Bound(this, columns, emotionLabels.size());
    }

    /** A readout bound to the columns of one network's emotions output. */
    public static final class Bound {
        private final ConcernReadout readout;
        private final int[][] columns;
        private final int width;

        private Bound(ConcernReadout readout, int[][] columns, int width) {
            this.readout = readout;
            this.columns = columns;
            this.width = width;
        }

        public ConcernReadout readout() {
            return readout;
        }

        public boolean usesEmotions() {
            return columns.length > 0;
        }

        /** The emotions columns the readout reads, ascending, each once. */
        public int[] columns() {
            return java.util.Arrays.stream(columns).flatMapToInt(java.util.Arrays::stream).distinct().sorted().toArray();
        }

        /** This readout over an emotions output that has only {@link #columns()}, in that order. */
        public Bound onColumns() {
            int[] used = columns();
            int[][] remapped = new int[columns.length][];
            for (int g = 0; g < columns.length; g++) {
                remapped[g] = java.util.Arrays.stream(columns[g])
                        .map(c -> java.util.Arrays.binarySearch(used, c)).toArray();
            }
            return new Bound(readout, remapped, used.length);
        }

        /**
         * Concern of row {@code row}: {@code head[row]} alone, or the mean of its logit and the logits of each group's
         * noisy-or over {@code emotions} (row-major, one row of the emotions output per comment).
         */
        public double concern(float[] head, float[] emotions, int row) {
            if (columns.length == 0) {
                return head[row];
            }
            double z = readout.head() ? LogOdds.logit(head[row]) : 0;
            for (int[] group : columns) {
                double none = 1;
                for (int c : group) {
                    none *= 1 - emotions[row * width + c];
                }
                z += LogOdds.logit(1 - none);
            }
            return LogOdds.sigmoid(z / (columns.length + (readout.head() ? 1 : 0)));
        }
    }

    /** The manifest entry (none for {@link #HEAD}, so head-only manifests stay as they were). */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("combine", head ? "mean of the logits of the concern head and of each group's noisy-or"
                : "mean of the logits of each group's noisy-or (the concern head is not read)");
        if (!head) {
            o.put("head", false);
        }
        var a = o.putArray("groups");
        for (List<String> g : groups) {
            var ga = a.addArray();
            g.forEach(ga::add);
        }
        return o;
    }

    /** The readout a manifest holds: {@link #HEAD} when it holds none; a malformed one is an error. */
    static ConcernReadout of(JsonNode manifest) {
        JsonNode r = manifest.path(KEY);
        if (r.isMissingNode() || r.isNull()) {
            return HEAD;
        }
        if (!r.path("groups").isArray()) {
            throw new IllegalArgumentException(KEY + " needs a groups array");
        }
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode g : r.path("groups")) {
            if (!g.isArray()) {
                throw new IllegalArgumentException(KEY + ": each group is an array of emotion labels");
            }
            List<String> labels = new ArrayList<>();
            g.forEach(l -> labels.add(l.asText()));
            groups.add(labels);
        }
        return new ConcernReadout(groups, r.path("head").asBoolean(true));
    }

    /** The emotion labels a manifest lists for the network's third output, in column order. */
    public static List<String> emotionLabels(JsonNode manifest) {
        List<String> out = new ArrayList<>();
        manifest.path("labels").path("auxiliary_emotions").forEach(l -> out.add(l.asText()));
        return out;
    }
}
