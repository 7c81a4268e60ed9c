package io.commentpulse.cli;

import io.commentpulse.io.Csv;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.NewsReadersImporter;
import io.commentpulse.model.UnitSplit;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The teacher (BGE-small from its Maven jar, linear heads) on real shipped comments: it learns from labeled news
 * comments, reads held-out ones better than chance, and never labels a text of its eval or exclude files.
 */
class DistillCommandTest {
    @Test
    void teacherLearnsFromLabelsAndNeverLabelsHeldOutTexts(@TempDir Path dir) throws Exception {
        Path labels = Path.of("models", "data", "news-readers", "labels.csv");
        NewsReadersImporter civilOnly = new NewsReadersImporter(page -> List.of());
        List<LabeledExample> train = civilOnly.read(labels, UnitSplit.TRAIN).subList(0, 400);
        List<LabeledExample> dev = civilOnly.read(labels, UnitSplit.DEV).subList(0, 150);
        List<LabeledExample> test = civilOnly.read(labels, UnitSplit.TEST).subList(0, 30);
        Path trainCsv = dir.resolve("train.csv"), devCsv = dir.resolve("dev.csv"), testCsv = dir.resolve("test.csv");
        LabeledCsv.write(trainCsv, train, false);
        LabeledCsv.write(devCsv, dev, false);
        LabeledCsv.write(testCsv, test, false);
        // the unlabeled file: 30 test texts, 20 dev texts (both must be left out) and 40 more of the test part
        List<LabeledExample> more = civilOnly.read(labels, UnitSplit.TEST).subList(30, 70);
        Path unlabeled = unlabeled(dir, concat(test, dev.subList(0, 20), more));
        Path out = dir.resolve("teacher.csv");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.commandLine().execute("distill", "--labeled", trainCsv.toString(), "--eval", devCsv.toString(),
                    "--exclude", testCsv.toString(), "--unlabeled", unlabeled.toString(), "--out", out.toString(),
                    "--cache", dir.resolve("vectors.bin").toString(), "--no-progress");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, exit);
        Matcher auc = Pattern.compile("concern \\(150 rows\\): ROC-AUC ([0-9.]+)").matcher(stdout.toString());
        assertTrue(auc.find(), stdout.toString());
        assertTrue(Double.parseDouble(auc.group(1)) > 0.7, "teacher concern ROC-AUC on held-out comments " + auc.group(1));

        Set<String> heldOut = new HashSet<>();
        concat(test, dev, List.of()).forEach(r -> heldOut.add(r.text()));
        List<String> labeled = texts(out);
        try (CSVParser p = Csv.parse(out)) {
            for (CSVRecord r : p) {
                assertFalse(r.get("sentiment").isEmpty() && r.get("concern").isEmpty(), "a row with no label");
            }
        }
        assertTrue(labeled.stream().noneMatch(heldOut::contains), "a held-out text was labeled by the teacher");
        assertTrue(labeled.size() >= 20 && labeled.size() <= 40, labeled.size() + " of the 40 others labeled");
        assertTrue(Files.size(dir.resolve("vectors.bin")) > 0, "vectors cached");
    }

    @Test
    void pageSplitKeepsTheCommentsOfDevAndTestPagesFromTheTeacher(@TempDir Path dir) throws Exception {
        Path labels = Path.of("models", "data", "news-readers", "labels.csv");
        NewsReadersImporter civilOnly = new NewsReadersImporter(page -> List.of());
        List<LabeledExample> train = civilOnly.read(labels, UnitSplit.TRAIN).subList(0, 300);
        List<LabeledExample> others = civilOnly.read(labels, UnitSplit.DEV).subList(0, 60);
        Path trainCsv = dir.resolve("train.csv");
        LabeledCsv.write(trainCsv, train, false);
        String trainPage = pageIn(UnitSplit.TRAIN);
        String testPage = pageIn(UnitSplit.TEST);
        Path comments = dir.resolve("comments.csv");
        Set<String> fromTestPage = new HashSet<>();
        try (CSVPrinter p = Csv.printer(Files.newBufferedWriter(comments), "comment_id", "source_file", "text")) {
            for (int i = 0; i < others.size(); i++) {
                String page = i % 2 == 0 ? trainPage : testPage;
                p.printRecord("c" + i, "../shared/pages-pool/" + page + ".html", others.get(i).text());
                if (page.equals(testPage)) {
                    fromTestPage.add(others.get(i).text());
                }
            }
        }
        Path out = dir.resolve("teacher.csv");
        int exit = Main.commandLine().execute("distill", "--labeled", trainCsv.toString(), "--unlabeled",
                comments.toString(), "--page-split", "train", "--concern-low", "0.5", "--out", out.toString(),
                "--no-progress");
        assertEquals(0, exit);
        List<String> labeled = texts(out);
        assertEquals(30, labeled.size(), "every comment of the train page labeled (concern-low = high), none other");
        assertTrue(labeled.stream().noneMatch(fromTestPage::contains), "a comment of a test page was labeled");
        assertEquals(2, Main.commandLine().execute("distill", "--labeled", trainCsv.toString(), "--unlabeled",
                comments.toString(), "--page-split", "later", "--out", out.toString()));
    }

    @Test
    void aModelYouHaveCanBeTheTeacher(@TempDir Path dir) throws Exception {
        Path labels = Path.of("models", "data", "news-readers", "labels.csv");
        NewsReadersImporter civilOnly = new NewsReadersImporter(page -> List.of());
        List<LabeledExample> held = civilOnly.read(labels, UnitSplit.TEST).subList(0, 20);
        List<LabeledExample> more = civilOnly.read(labels, UnitSplit.TEST).subList(20, 80);
        Path heldCsv = dir.resolve("held.csv");
        LabeledCsv.write(heldCsv, held, false);
        Path unlabeled = unlabeled(dir, concat(held, more, List.of()));
        Path out = dir.resolve("teacher.csv");
        // the shipped default labels; --labeled names only texts to leave out; low = high labels every text
        int exit = Main.commandLine().execute("distill", "--teacher", "models/default", "--labeled", heldCsv.toString(),
                "--unlabeled", unlabeled.toString(), "--concern-low", "0.5", "--out", out.toString(), "--no-progress");
        assertEquals(0, exit);
        Set<String> heldTexts = new HashSet<>();
        held.forEach(r -> heldTexts.add(r.text()));
        List<String> labeled = texts(out);
        int concerned = 0;
        try (CSVParser p = Csv.parse(out)) {
            for (CSVRecord r : p) {
                concerned += r.get("concern").equals("1") ? 1 : 0;
            }
        }
        assertEquals(60, labeled.size(), "every text but the held-out ones");
        assertTrue(labeled.stream().noneMatch(heldTexts::contains), "a held-out text was labeled");
        assertTrue(concerned < 60, "not every comment concerned: " + concerned);
        assertEquals(2, Main.commandLine().execute("distill", "--unlabeled", unlabeled.toString(), "--out", out.toString()),
                "neither --labeled nor --teacher");
    }

    /** An unlabeled comments file (comment_id, text) of these rows' texts. */
    private static Path unlabeled(Path dir, List<LabeledExample> rows) throws Exception {
        Path file = dir.resolve("comments.csv");
        try (CSVPrinter p = Csv.printer(Files.newBufferedWriter(file), "comment_id", "text")) {
            int i = 0;
            for (LabeledExample r : rows) {
                p.printRecord("c" + i++, r.text());
            }
        }
        return file;
    }

    /** The texts of a labeled CSV, in order. */
    private static List<String> texts(Path csv) throws Exception {
        List<String> out = new ArrayList<>();
        try (CSVParser p = Csv.parse(csv)) {
            for (CSVRecord r : p) {
                out.add(r.get("text"));
            }
        }
        return out;
    }

    /** A page name whose by-page split is {@code part}. */
    private static String pageIn(UnitSplit part) {
        for (int i = 0; ; i++) {
            if (UnitSplit.of("page-" + i) == part) {
                return "page-" + i;
            }
        }
    }

    private static List<LabeledExample> concat(List<LabeledExample> a, List<LabeledExample> b, List<LabeledExample> c) {
        List<LabeledExample> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }
}
