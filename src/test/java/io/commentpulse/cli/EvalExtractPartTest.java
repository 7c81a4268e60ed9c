package io.commentpulse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pulse eval-extract --part}: one half of an annotated set, as its SPLIT.tsv names it. */
class EvalExtractPartTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <html><body><h2>3 Comments</h2><ol class="commentlist">
            <li class="comment" id="comment-1"><cite class="fn">Ann</cite> <span class="date">May 2, 2013</span>
            <div class="comment-content"><p>This worries me more than the article lets on, frankly.</p></div></li>
            <li class="comment" id="comment-2"><cite class="fn">Bob</cite> <span class="date">May 3, 2013</span>
            <div class="comment-content"><p>I read it twice and still do not see the problem here.</p></div></li>
            </ol></body></html>""";

    private static String sidecar(String page, boolean comments) {
        return "{\"page\": \"" + page + "\", \"has_comments\": " + comments + ", \"comments\": " + (comments
                ? "[{\"author\": \"Ann\", \"timestamp\": \"May 2, 2013\", \"text_start\": \"This worries me more\"},"
                + " {\"author\": \"Bob\", \"timestamp\": \"May 3, 2013\", \"text_start\": \"I read it twice\"}]"
                : "[]") + "}";
    }

    /** Runs the CLI and returns {exit code, stdout, stderr}. */
    static Object[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute(args);
            return new Object[]{code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void onlyThePagesOfThePartAreMeasured() throws Exception {
        Files.writeString(dir.resolve("a.html"), PAGE);
        Files.writeString(dir.resolve("a.expected.json"), sidecar("a.html", true));
        Files.writeString(dir.resolve("b.html"), PAGE);
        Files.writeString(dir.resolve("b.expected.json"), sidecar("b.html", false));   // two false comments
        Files.writeString(dir.resolve("SPLIT.tsv"), "a\tdev\nb.html\theldout\n");
        Object[] dev = run("eval-extract", dir.toString(), "--part", "dev");
        assertEquals(0, dev[0], (String) dev[2]);
        assertTrue(((String) dev[1]).contains("pages: 1 (0 without comments)"), (String) dev[1]);
        assertTrue(((String) dev[1]).contains("false comments on pages without comments: 0"), (String) dev[1]);
        Object[] held = run("eval-extract", dir.toString(), "--part", "heldout");
        assertTrue(((String) held[1]).contains("pages: 1 (1 without comments)"), (String) held[1]);
        assertTrue(((String) held[1]).contains("false comments on pages without comments: 2"), (String) held[1]);
        Object[] all = run("eval-extract", dir.toString());
        assertTrue(((String) all[1]).contains("pages: 2 (1 without comments)"), (String) all[1]);
    }

    @Test
    void anUnknownPartOrNoSplitIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("a.html"), PAGE);
        Files.writeString(dir.resolve("a.expected.json"), sidecar("a.html", true));
        Object[] none = run("eval-extract", dir.toString(), "--part", "dev");
        assertEquals(2, none[0]);
        assertTrue(((String) none[2]).contains("SPLIT.tsv does not exist"), (String) none[2]);
        Files.writeString(dir.resolve("SPLIT.tsv"), "a\tdev\n");
        Object[] unknown = run("eval-extract", dir.toString(), "--part", "test");
        assertEquals(2, unknown[0]);
        assertTrue(((String) unknown[2]).contains("no page in part 'test' (it has [dev])"), (String) unknown[2]);
    }
}
