package io.commentpulse.cli;

import io.commentpulse.io.Csv;
import io.commentpulse.model.Evaluation;
import io.commentpulse.model.Evaluator;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.NewsReadersImporter;
import io.commentpulse.model.UnitSplit;
import io.commentpulse.model.teacher.Teacher;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import io.commentpulse.score.Sentiment;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code pulse distill}: a pretrained encoder, taught on labeled news comments, labels unlabeled ones. */
@Command(name = "distill", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Teacher-student distillation, step one: a pretrained sentence encoder (BGE-small, ONNX Runtime, "
                + "about 80 comments/s) with linear heads trained on --labeled rows labels every text of the "
                + "--unlabeled CSVs, and writes the confident ones as a canonical labeled CSV for `pulse train --data`.",
                "Texts found in --labeled, --eval or --exclude files are never labeled, so a dev or test split cannot "
                        + "leak into training through the teacher. The teacher's own figures on --eval are printed.",
                "With --teacher, a model folder you already have is the teacher instead (e.g. models/news-plus, "
                        + "the default and the encoder read together): --labeled then only names texts not to label."})
public final class DistillCommand implements Callable<Integer> {
    @Option(names = "--labeled", paramLabel = "CSV", description = "Labeled CSV the teacher learns from (repeatable; "
            + "required unless --teacher).")
    List<Path> labeled = new ArrayList<>();

    @Option(names = "--teacher", paramLabel = "DIR", description = "A model folder to label with, instead of heads "
            + "trained on --labeled (any kind: network, encoder, combination); it is as fast as that model.")
    Path teacherModel;

    @Option(names = "--eval", paramLabel = "CSV", description = "Labeled CSV to measure the teacher on (repeatable).")
    List<Path> eval = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "CSV", description = "Labeled CSV whose texts must not be labeled, "
            + "e.g. a test split (repeatable).")
    List<Path> exclude = new ArrayList<>();

    @Option(names = "--unlabeled", required = true, paramLabel = "CSV", description = "CSV with a text column "
            + "(comments.csv from extract, the Civil Comments sample, ...; repeatable). Ids come from its id or "
            + "comment_id column.")
    List<Path> unlabeled;

    @Option(names = "--page-split", paramLabel = "PART", description = "Label only the comments of pages in this part "
            + "(train, dev or test) of the by-page split that news-readers uses (`UnitSplit` of the file name less "
            + ".html), so the teacher never sees the unlabeled comments of a dev or test page. Rows without a "
            + "source_file column (Civil Comments: split by comment) are kept.")
    String pageSplit;

    @Option(names = "--concern-high", defaultValue = "0.5", description = "Teacher concern at or above which a text "
            + "is labeled concern 1 (default: ${DEFAULT-VALUE}).")
    double concernHigh;

    @Option(names = "--concern-low", defaultValue = "0.2", description = "Teacher concern below which a text is "
            + "labeled concern 0; in between, concern stays empty (default: ${DEFAULT-VALUE}).")
    double concernLow;

    @Option(names = "--sentiment-min", defaultValue = "0.6", description = "Least probability of the teacher's "
            + "sentiment class for the label to be kept; below it sentiment stays empty; above 1, no sentiment labels "
            + "at all (default: ${DEFAULT-VALUE}).")
    double sentimentMin;

    @Mixin
    HeadsOptions heads;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "CSV", description = "Labeled CSV to write (atomically).")
    Path out;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        OutputFile.check(out);
        if (concernLow > concernHigh || concernHigh <= 0 || concernHigh > 1) {
            throw new UsageException("need 0 <= --concern-low <= --concern-high <= 1");
        }
        if (teacherModel == null && labeled.isEmpty()) {
            throw new UsageException("distill needs --labeled rows to teach its heads, or a --teacher model");
        }
        LabeledInputs train = LabeledInputs.read(labeled, true);
        LabeledInputs dev = LabeledInputs.read(eval, true);
        LabeledInputs held = LabeledInputs.read(exclude, true);
        Set<String> known = new HashSet<>();
        for (LabeledInputs in : List.of(train, dev, held)) {
            in.all.forEach(r -> known.add(key(r.text())));
        }
        Map<String, String> texts = new LinkedHashMap<>(); // id -> text, in input order, each text once
        UnitSplit part = pageSplit == null ? null : parsePart(pageSplit);
        int[] offSplit = {0};
        for (Path p : unlabeled) {
            readTexts(p, known, texts, part, offSplit);
        }
        if (part != null) {
            System.err.printf("pulse: %d comments of pages outside the %s part left unlabeled%n", offSplit[0], part.label());
        }
        Scorer teacher;
        if (teacherModel != null) {
            if (!java.nio.file.Files.isDirectory(teacherModel)) {
                throw new UsageException("model folder not found: " + teacherModel);
            }
            teacher = Scorers.forModel(ModelFolder.load(teacherModel));
        } else {
            List<String> all = new ArrayList<>();
            train.all.forEach(r -> all.add(r.text()));
            dev.all.forEach(r -> all.add(r.text()));
            all.addAll(texts.values());
            Teacher taught = heads.encoded(all, progress.show());
            heads.fit(taught, train.all);
            teacher = taught;
        }
        for (Map.Entry<String, List<LabeledExample>> e : dev.byName.entrySet()) {
            Evaluation ev = new Evaluator(teacher, concernHigh).evaluate("teacher on " + e.getKey(), e.getValue());
            System.out.println(ev.toText());
        }
        List<String> ids = new ArrayList<>(texts.keySet());
        List<Score> scores = teacher.score(new ArrayList<>(texts.values()));
        List<LabeledExample> rows = new ArrayList<>();
        int concerned = 0;
        for (int i = 0; i < ids.size(); i++) {
            Score s = scores.get(i);
            Integer c = s.concern() >= concernHigh ? Integer.valueOf(1) : s.concern() < concernLow ? Integer.valueOf(0) : null;
            Sentiment sent = Math.max(s.pNegative(), Math.max(s.pNeutral(), s.pPositive())) >= sentimentMin ? s.sentiment() : null;
            if (c != null || sent != null) {
                // the teacher learned the news-reader definition: its concern labels join that scheme's auxiliary label
                rows.add(new LabeledExample(ids.get(i), texts.get(ids.get(i)), sent, c, Double.NaN,
                        c == null ? null : NewsReadersImporter.emotions(c)));
                concerned += c != null && c == 1 ? 1 : 0;
            }
        }
        LabeledCsv.write(out, rows, false);
        System.err.printf("pulse: %d unlabeled texts, %d labeled by the teacher (%d concerned) -> %s%n", ids.size(),
                rows.size(), concerned, out);
        return 0;
    }

    private static UnitSplit parsePart(String name) {
        try {
            return UnitSplit.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--page-split: " + e.getMessage());
        }
    }

    /** The page a comments.csv row came from, as news-readers names its unit: the file name less .html. */
    static String pageUnit(String sourceFile) {
        String name = Path.of(sourceFile).getFileName().toString();
        return name.replaceFirst("\\.html?$", "");
    }

    private static void readTexts(Path file, Set<String> known, Map<String, String> texts, UnitSplit part,
                                  int[] offSplit) throws IOException {
        String prefix = "t-" + file.getFileName().toString().replaceFirst("\\.csv$", "") + "-";
        try (CSVParser p = Csv.parse(file)) {
            if (!p.getHeaderMap().containsKey("text")) {
                throw new UsageException(file + ": no text column");
            }
            String idCol = p.getHeaderMap().containsKey("id") ? "id"
                    : p.getHeaderMap().containsKey("comment_id") ? "comment_id" : null;
            boolean pages = p.getHeaderMap().containsKey("source_file");
            for (CSVRecord r : p) {
                String text = r.get("text").strip();
                if (part != null && pages && UnitSplit.of(pageUnit(r.get("source_file"))) != part) {
                    offSplit[0]++;
                    continue;
                }
                if (text.isEmpty() || !known.add(key(text))) {
                    continue;
                }
                texts.put(prefix + (idCol == null ? r.getRecordNumber() : r.get(idCol)), text);
            }
        }
    }

    private static String key(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
