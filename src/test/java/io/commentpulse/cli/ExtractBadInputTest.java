package io.commentpulse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractBadInputTest {
    @TempDir
    Path dir;

    static final String GOOD = """
            <html><body><ol class="commentlist"><li class="comment" id="comment-1"><cite class="fn">Ann</cite>
            <div class="comment-content"><p>=HYPERLINK("http://evil","click") worried about this</p></div></li></ol></body></html>""";

    /** Runs the CLI and returns {exit code, stderr}. */
    static Object[] run(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute(args);
            return new Object[]{code, err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void badFilesAreReportedAndTheGoodOnesWritten() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a-good.html"), GOOD);
        Files.write(pages.resolve("b-empty.html"), new byte[0]);
        Files.write(pages.resolve("c-binary.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.writeString(pages.resolve("d-truncated.html"), GOOD.substring(0, GOOD.indexOf("</div>")));
        Files.write(pages.resolve("e-wrong-charset.html"),
                "<html><head><meta charset=\"utf-8\"></head><body><ol class=\"commentlist\"><li class=\"comment\" id=\"comment-9\"><cite class=\"fn\">Jürgen</cite><div class=\"comment-content\"><p>Schön, aber ich mache mir Sorgen.</p></div></li></ol></body></html>"
                        .getBytes(StandardCharsets.ISO_8859_1));
        // re-saved as UTF-8 with its old one-byte declaration kept, and a real one-byte page beside it
        Files.write(pages.resolve("h-resaved.html"),
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head><body><ol class=\"commentlist\"><li class=\"comment\" id=\"comment-11\"><cite class=\"fn\">Jörg</cite><div class=\"comment-content\"><p>Saldrán mañana, qué pena.</p></div></li></ol></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        Files.write(pages.resolve("i-latin1.html"),
                "<html><head><meta charset=\"iso-8859-1\"></head><body><ol class=\"commentlist\"><li class=\"comment\" id=\"comment-12\"><cite class=\"fn\">Renée</cite><div class=\"comment-content\"><p>Très inquiétant, à suivre.</p></div></li></ol></body></html>"
                        .getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(10_000)).append("deep text").append("</div>".repeat(10_000)).append(GOOD.replace("<html><body>", "").replace("comment-1", "comment-7"));
        Files.writeString(pages.resolve("f-deep.html"), deep);
        Path big = pages.resolve("g-big.html");
        try (var w = Files.newBufferedWriter(big)) {
            String chunk = "<p>" + "x".repeat(1000) + "</p>\n";
            for (int i = 0; i < 50_500; i++) {
                w.write(chunk);
            }
        }
        Files.createSymbolicLink(pages.resolve("j-moved.html"), dir.resolve("moved-away.html"));   // a link left dangling
        Path out = dir.resolve("comments.csv");
        Object[] r = run("extract", pages.toString(), dir.resolve("missing.html").toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(1, r[0], err);
        assertTrue(err.contains("b-empty.html: empty file"), err);
        assertTrue(err.contains("c-binary.html: binary file"), err);
        assertTrue(err.contains("d-truncated.html: warning: looks truncated"), err);
        assertTrue(err.contains("e-wrong-charset.html: warning: declares UTF-8"), err);
        assertTrue(err.contains("g-big.html: page is 48.5 MB, over the 32 MB limit (raise it with --max-page-mb)"), err);
        assertTrue(err.contains("missing.html: no such file"), err);
        assertTrue(err.contains("j-moved.html: no such file"), "a dangling link in a folder is named: " + err);
        List<CSVRecord> rows;
        try (Reader rd = Files.newBufferedReader(out)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd).getRecords();
        }
        List<String> authors = rows.stream().map(x -> x.get("author")).toList();
        assertTrue(authors.contains("Ann"));
        assertTrue(authors.contains("Jürgen"), authors.toString());
        assertTrue(authors.contains("Jörg") && authors.contains("Renée"), authors.toString());
        assertTrue(err.contains("h-resaved.html: warning: declares iso-8859-15 but its bytes are UTF-8"), err);
        assertFalse(err.contains("i-latin1.html"), err);
        assertTrue(rows.stream().anyMatch(x -> x.get("text").equals("Saldrán mañana, qué pena.")));
        assertTrue(rows.stream().anyMatch(x -> x.get("text").equals("Très inquiétant, à suivre.")));
        assertEquals(3, authors.stream().filter("Ann"::equals).count(), "good, truncated and deep pages each give Ann");
        // formula neutralised
        assertTrue(rows.get(0).get("text").startsWith("'=HYPERLINK"), rows.get(0).get("text"));
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("extract", "seeds")[0]);
        assertEquals(2, run("no-such-command")[0]);
        assertEquals(2, run("extract", "seeds", "--out", dir.resolve("x.csv").toString(), "--zone", "Mars/Base")[0]);
    }

    /** Issue 16, item 9: output paths are checked before any input is read; run takes the option its message names. */
    @Test
    void badOutputPathsAreUsageErrorsBeforeAnyWorkAndRunTakesMaxPageMb() throws Exception {
        Object[] r = run("score", "seeds", "--out", dir.toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("is a folder; give the name of the file to write"), (String) r[1]);
        // extract too, before it reads a page; a path under a file
        r = run("extract", "seeds", "--out", dir.toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(!((String) r[1]).contains("pages read"), (String) r[1]);
        Path aFile = Files.writeString(dir.resolve("a.csv"), "id,text\n");
        r = run("extract", "seeds", "--out", aFile.resolve("x.csv").toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains(aFile + " is a file, not a folder"), (String) r[1]);
        // an input named as --out would be replaced: refused, the input kept
        r = run("score", aFile.toString(), "--out", aFile.toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("is also an input"), (String) r[1]);
        assertEquals("id,text\n", Files.readString(aFile));
        Path file = Files.writeString(dir.resolve("taken.txt"), "keep me");
        r = run("run", "seeds", "--out", file.toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("is a file; run writes a folder"), (String) r[1]);
        assertEquals("keep me", Files.readString(file));
        r = run("run", "seeds", "--out", dir.resolve("out").toString(), "--max-page-mb", "0.001", "--no-progress");
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("over the 0 MB limit (raise it with --max-page-mb)"), (String) r[1]);
    }

    @Test
    void seedsExtractCleanly() throws Exception {
        Path out = dir.resolve("seeds.csv");
        Object[] r = run("extract", "seeds", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(8, Files.readAllLines(out).stream().filter(l -> l.startsWith("a")).count());
    }

    @Test
    void aFolderWithoutPagesIsNamedAsAWarningAndTheOtherInputsAreRead() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("nothing-here"));
        Files.writeString(empty.resolve("notes.md"), "not a page");
        Path out = dir.resolve("seeds.csv");
        Object[] r = run("extract", empty.toString(), "seeds", "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        assertTrue(err.contains("nothing-here: warning: no pages in it"), err);
        assertTrue(err.contains("5 pages read, 0 failed, 8 comments"), err);
    }

    @Test
    void aMistypedPathLeavesThePreviousCommentsFile() throws Exception {
        Path out = dir.resolve("comments.csv");
        Object[] r = run("extract", "seeds", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        String before = Files.readString(out);
        r = run("extract", dir.resolve("typo").toString(), "--out", out.toString(), "--no-progress");
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("was not written (the previous one is kept)"), (String) r[1]);
        assertEquals(before, Files.readString(out));
    }
}
