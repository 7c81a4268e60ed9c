package io.commentpulse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's summary over a generated bad-input corpus: every bad file is named on one line of its own (with the row
 * where there is one), every good record is kept, the counts add up (inputs = read + failed), and a failed run leaves
 * the previous output as it was. The individual cases (binary, empty, truncated, 50 MB, deep nesting, wrong charset,
 * control bytes, quoting, full disk) are also tested one by one in ExtractBadInputTest, ScoreCsvTest, RunOutputsTest,
 * TruncatedPagesTest and TinyModelTest.
 */
class BadInputCorpusTest {
    @TempDir
    Path dir;

    private static final String GOOD_PAGE = ExtractBadInputTest.GOOD;
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) (?:pages|files|inputs) read, (\\d+) failed");

    /** Writes the corpus: five good inputs with one comment or row each and nine bad ones. */
    private List<Path> corpus() throws Exception {
        Path c = Files.createDirectories(dir.resolve("corpus"));
        Path csv = Files.createDirectories(dir.resolve("corpus-csv"));
        Files.writeString(c.resolve("good-1.html"), GOOD_PAGE);
        Files.writeString(c.resolve("good-2.html"), GOOD_PAGE.replace("comment-1", "comment-2").replace("Ann", "Bea"));
        Files.writeString(csv.resolve("good-3.csv"), "id,text\nr1,\"Worried about the timing, honestly.\"\n");
        byte[] page = GOOD_PAGE.getBytes(StandardCharsets.UTF_8);
        for (int pct : new int[]{10, 50, 90}) {
            byte[] cut = new byte[page.length * pct / 100];
            System.arraycopy(page, 0, cut, 0, cut.length);
            Files.write(c.resolve("truncated-" + pct + ".html"), cut);
        }
        Files.write(c.resolve("bad-empty.html"), new byte[0]);
        Files.write(c.resolve("bad-binary.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0});
        Files.write(c.resolve("good-4-latin1.html"), GOOD_PAGE.replace("Ann", "Jürgen").replace("comment-1", "comment-4")
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(csv.resolve("good-5-controls.csv"), "id,text\nr5,\"Scary\u0000 stuff\u0007 here\"\nr6,\"\u0000\u0001\"\n");
        Files.writeString(csv.resolve("bad-quote-start.csv"), "id,text\nq1,\"broken \"quote\" here\" x\nq2,fine row two\n");
        Files.writeString(csv.resolve("bad-quote-end.csv"), "id,text\nq3,fine row three\nq4,\"never closed\n");
        Files.writeString(csv.resolve("bad-no-text.csv"), "id,body\nz1,no text column here\n");
        List<Path> all = new ArrayList<>();
        for (Path d : List.of(c, csv)) {
            try (Stream<Path> s = Files.list(d)) {
                all.addAll(s.sorted().toList());
            }
        }
        return all;
    }

    @Test
    void aBadCorpusNamesEveryBadFileKeepsEveryGoodRecordAndReconciles() throws Exception {
        List<Path> inputs = corpus();
        List<Path> pages = inputs.stream().filter(p -> p.toString().endsWith(".html")).toList();
        List<Path> csvs = inputs.stream().filter(p -> p.toString().endsWith(".csv")).toList();
        StringBuilder err = new StringBuilder();
        List<CSVRecord> rows = new ArrayList<>();
        int read = 0;
        int failed = 0;
        for (List<Path> part : List.of(pages, csvs)) {
            Path out = dir.resolve("scored-" + rows.size() + ".csv");
            List<String> args = new ArrayList<>(List.of("score"));
            part.forEach(p -> args.add(p.toString()));
            args.addAll(List.of("--out", out.toString(), "--no-progress"));
            Object[] r = ExtractBadInputTest.run(args.toArray(String[]::new));
            String e = (String) r[1];
            assertEquals(1, r[0], "some inputs failed: exit 1\n" + e);
            for (String line : e.split("\n")) {
                // per-file lines name the file; totals ("pulse: 1 rows with no visible text …") follow them
                if (!line.isBlank() && !SUMMARY.matcher(line).find() && !line.contains("->")
                        && !line.matches("pulse: \\d+ .*")) {
                    assertTrue(line.contains("corpus"), "a line naming no file: " + line);
                }
            }
            Matcher m = SUMMARY.matcher(e);
            if (m.find()) {
                read += Integer.parseInt(m.group(1));
                failed += Integer.parseInt(m.group(2));
            } else {
                // a CSV run counts rows, not files: every bad file is named instead
                failed += (int) part.stream().filter(p -> e.contains(p.getFileName() + ": needs")).count();
                read += part.size() - (int) part.stream().filter(p -> e.contains(p.getFileName() + ": needs")).count();
            }
            err.append(e);
            rows.addAll(records(out));
        }
        String all = err.toString();
        for (String bad : List.of("bad-empty.html", "bad-binary.html", "bad-no-text.csv")) {
            assertTrue(all.contains(bad + ":"), bad + " not named\n" + all);
        }
        assertTrue(all.contains("bad-quote-start.csv: line 2"), all);
        assertTrue(all.contains("bad-quote-end.csv: line 3"), all);
        List<String> authors = rows.stream().map(x -> x.isMapped("author") ? x.get("author") : "").toList();
        List<String> texts = rows.stream().map(x -> x.get("text")).toList();
        assertTrue(authors.contains("Ann") && authors.contains("Bea") && authors.contains("Jürgen"), authors.toString());
        assertTrue(texts.contains("Worried about the timing, honestly."), texts.toString());
        assertTrue(texts.contains("fine row two") && texts.contains("fine row three"), "rows beside a bad quote kept");
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Scary stuff")), "control bytes stripped, row kept");
        assertEquals(inputs.size(), read + failed, "inputs = read + failed\n" + all);
    }

    @Test
    void aTamperedModelIsRefusedByNameAndThePreviousOutputStays() throws Exception {
        Path shipped = Path.of("models", "default");
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,text\na,\"This is serious.\"\n");
        Path out = dir.resolve("scored.csv");
        assertEquals(0, ExtractBadInputTest.run("score", in.toString(), "--out", out.toString(), "--no-progress")[0]);
        String before = Files.readString(out);
        String[][] tampers = {{"network.zip", "flip"}, {"manifest.json", "calibration"}, {"vocab.txt", "append"},
                {"features.json", "append"}};
        for (String[] t : tampers) {
            Path m = dir.resolve("model-" + t[0]);
            copy(shipped, m);
            Path f = m.resolve(t[0]);
            switch (t[1]) {
                case "flip" -> {
                    byte[] b = Files.readAllBytes(f);
                    b[b.length / 2] ^= 0x5A;
                    Files.write(f, b);
                }
                case "calibration" -> {
                    String manifest = Files.readString(f);
                    String edited = manifest.replaceFirst("(\"intercept\"\\s*:\\s*)-?[0-9.eE+-]+", "$18");
                    assertNotEquals(manifest, edited, "the shipped manifest has a calibration intercept to edit");
                    Files.writeString(f, edited);
                }
                default -> Files.writeString(f, Files.readString(f) + "\n ", StandardCharsets.UTF_8);
            }
            Object[] r = ExtractBadInputTest.run("score", in.toString(), "--model", m.toString(), "--out", out.toString(),
                    "--no-progress");
            String err = (String) r[1];
            assertNotEquals(0, r[0], t[0] + " tampered but accepted\n" + err);
            assertTrue(err.contains(t[0]) || t[0].equals("manifest.json") && err.contains("manifest"),
                    "the refusal names " + t[0] + ": " + err);
            assertEquals(before, Files.readString(out), "previous output changed after refusing " + t[0]);
        }
    }

    @Test
    void outputPathsAreCheckedBeforeAnyInputIsRead() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,text\na,fine\n");
        Path aDir = Files.createDirectories(dir.resolve("a-dir"));
        Object[] r = ExtractBadInputTest.run("score", in.toString(), "--out", aDir.toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("a-dir"), (String) r[1]);
        Path aFile = dir.resolve("a-file");
        Files.writeString(aFile, "keep me");
        r = ExtractBadInputTest.run("run", in.toString(), "--out", aFile.toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertEquals("keep me", Files.readString(aFile));
    }

    @Test
    void anUnwritableOutputFolderIsNamedAndNothingIsLost() throws Exception {
        // root writes anywhere, so this case can only be shown as another user; it is skipped (and says so) as root
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: permissions do not stop root, so an unwritable folder cannot be made");
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,text\na,fine\n");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("scored.csv"), "previous");
        locked.toFile().setWritable(false);
        try {
            Object[] r = ExtractBadInputTest.run("score", in.toString(), "--out", locked.resolve("scored.csv").toString(),
                    "--no-progress");
            assertNotEquals(0, r[0]);
            assertTrue(((String) r[1]).contains("locked"), (String) r[1]);
            assertEquals("previous", Files.readString(locked.resolve("scored.csv")));
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    @Test
    void evaluateNamesUnknownLabelsByRowAndExitsOne() throws Exception {
        Path in = dir.resolve("labeled.csv");
        StringBuilder sb = new StringBuilder("id,text,sentiment,concern\n");
        for (int i = 0; i < 20; i++) {
            sb.append(i).append(",\"comment number ").append(i).append("\",").append(i == 7 ? "happy" : "neutral")
                    .append(',').append(i % 2).append('\n');
        }
        Files.writeString(in, sb.toString());
        Object[] r = ExtractBadInputTest.run("evaluate", "--data", in.toString());
        String err = (String) r[1];
        assertEquals(1, r[0], err);
        assertTrue(err.contains("labeled.csv") && err.contains("row 9") && err.contains("happy"), err);
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader rd = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd).getRecords();
        }
    }
}
