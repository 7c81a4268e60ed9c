package io.commentpulse.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.score.Sentiment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The metrics of one model on one labeled set. Sentiment figures are present when the set has sentiment labels,
 * concern figures when it has concern labels, correlations when it has intensities.
 */
public record Evaluation(String name, int sentimentRows, double accuracy, double macroF1, double macroRecall,
                         double[][] perClass, int[][] confusion, int concernRows, double rocAuc, double prAuc,
                         double threshold, double f1AtThreshold, double ece, int intensityRows, double pearson,
                         double spearman) {

    /** The headline figures by name (used for comparisons and early stopping). */
    public Map<String, Double> headline() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (sentimentRows > 0) {
            m.put("sentiment_macro_f1", macroF1);
            m.put("sentiment_macro_recall", macroRecall);
            m.put("sentiment_accuracy", accuracy);
        }
        if (concernRows > 0 && !Double.isNaN(rocAuc)) {
            m.put("concern_roc_auc", rocAuc);
            m.put("concern_pr_auc", prAuc);
            m.put("concern_f1", f1AtThreshold);
        }
        return m;
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("data", name);
        if (sentimentRows > 0) {
            ObjectNode s = o.putObject("sentiment");
            s.put("rows", sentimentRows);
            s.put("accuracy", round(accuracy));
            s.put("macro_f1", round(macroF1));
            s.put("macro_recall", round(macroRecall));
            ObjectNode pc = s.putObject("per_class");
            for (Sentiment c : Sentiment.values()) {
                ObjectNode x = pc.putObject(c.label());
                x.put("precision", round(perClass[c.ordinal()][0]));
                x.put("recall", round(perClass[c.ordinal()][1]));
                x.put("f1", round(perClass[c.ordinal()][2]));
            }
            var cm = s.putArray("confusion_gold_by_predicted");
            for (int[] row : confusion) {
                var r = cm.addArray();
                for (int v : row) {
                    r.add(v);
                }
            }
        }
        if (concernRows > 0) {
            ObjectNode c = o.putObject("concern");
            c.put("rows", concernRows);
            c.put("roc_auc", round(rocAuc));
            c.put("pr_auc", round(prAuc));
            c.put("threshold", threshold);
            c.put("f1_at_threshold", round(f1AtThreshold));
            c.put("ece", round(ece));
        }
        if (intensityRows > 1) {
            ObjectNode i = o.putObject("intensity");
            i.put("rows", intensityRows);
            i.put("pearson", round(pearson));
            i.put("spearman", round(spearman));
        }
        return o;
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append('\n');
        if (sentimentRows > 0) {
            sb.append(String.format(Locale.ROOT, "  sentiment (%d rows): accuracy %.4f  macro-F1 %.4f  macro-recall %.4f%n",
                    sentimentRows, accuracy, macroF1, macroRecall));
            sb.append("    class      precision recall  F1      | confusion (gold rows x predicted neg/neu/pos)\n");
            for (Sentiment c : Sentiment.values()) {
                int k = c.ordinal();
                sb.append(String.format(Locale.ROOT, "    %-10s %.4f    %.4f  %.4f  | %6d %6d %6d%n", c.label(),
                        perClass[k][0], perClass[k][1], perClass[k][2], confusion[k][0], confusion[k][1], confusion[k][2]));
            }
        }
        if (concernRows > 0) {
            sb.append(String.format(Locale.ROOT, "  concern (%d rows): ROC-AUC %.4f  PR-AUC %.4f  F1@%.2f %.4f  ECE %.4f%n",
                    concernRows, rocAuc, prAuc, threshold, f1AtThreshold, ece));
        }
        if (intensityRows > 1) {
            sb.append(String.format(Locale.ROOT, "  intensity (%d rows): Pearson %.4f  Spearman %.4f%n",
                    intensityRows, pearson, spearman));
        }
        return sb.toString();
    }

    private static double round(double v) {
        return Double.isNaN(v) ? Double.NaN : Math.round(v * 1e4) / 1e4;
    }
}
