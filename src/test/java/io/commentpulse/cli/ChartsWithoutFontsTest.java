package io.commentpulse.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bare server without fonts: JFreeChart cannot measure the charts' labels there. `pulse report` runs in a mount
 * namespace where every font folder and fontconfig's configuration are hidden (root and util-linux's unshare, as
 * CI has; skipped elsewhere) and must still write its tables and report, without charts, and say why.
 */
class ChartsWithoutFontsTest {
    @TempDir
    Path dir;

    @Test
    void aMachineWithoutFontsStillGetsItsTablesAndReport() throws Exception {
        Path scored = dir.resolve("scored.csv");
        Files.writeString(scored, "comment_id,article_id,source_file,article_title,article_published,author,timestamp,"
                + "timestamp_raw,reply_to,text,quote,sentiment,p_negative,p_neutral,p_positive,sentiment_score,concern\n"
                + "c1,a1,p.html,Summit,2023-09-13T15:51Z,Ann,2023-09-13T20:16Z,x,,fine,,positive,0.1,0.1,0.8,0.7,0.2\n"
                + "c2,a1,p.html,Summit,2023-09-13T15:51Z,Bob,2023-09-13T22:59Z,x,,bad,,negative,0.9,0.05,0.05,-0.85,0.9\n");
        Path out = dir.resolve("out");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        String hide = "for d in /usr/share/fonts /usr/local/share/fonts /etc/fonts /var/cache/fontconfig; do "
                + "if [ -d $d ]; then mount -t tmpfs none $d || exit 99; fi; done; ";
        Process p;
        try {
            p = new ProcessBuilder(List.of("unshare", "-m", "bash", "-c", hide + "exec \"$0\" -cp \"$1\" "
                    + "io.commentpulse.cli.Main report \"$2\" --out \"$3\"", javaBin, System.getProperty("java.class.path"),
                    scored.toString(), out.toString())).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no unshare here: " + e.getMessage());
            return;
        }
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), said);
        Assumptions.assumeTrue(p.exitValue() != 99 && !said.contains("unshare failed") && !said.contains("Operation not permitted"),
                "needs root to hide the fonts in a mount namespace (CI runs as root): " + said);
        assertEquals(0, p.exitValue(), said);
        assertTrue(said.contains("the report's charts are not drawn") && said.contains("fonts-dejavu-core"), said);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("not drawn on this machine (Java found no font"), "the report says why");
        assertTrue(html.contains("Summit"), "and still lists the article");
        assertTrue(Files.readString(out.resolve("reaction-by-time.csv")).contains("\na1,Summit,"), "the tables are written");
    }
}
