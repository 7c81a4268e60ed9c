package io.commentpulse.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Plain-text copies of the 125 annotated pool pages (the extractor was not developed on them at first) dumped by w3m as
 * pages-dev's text/ dumps were ({@code w3m -dump -T text/html -cols 100 -O UTF-8}), scored against the same
 * sidecars. Skipped without ../shared or without w3m (.ci/run installs it).
 */
class TextDumpsOfPoolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textDumpsOfUnseenPages(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(GeneralizationTest.POOL), "../shared/pages-pool not present");
        Assumptions.assumeTrue(w3m(), "w3m not installed");
        for (Path sidecar : ExtractionEvaluator.sidecars(GeneralizationTest.ANNOTATED)) {
            ObjectNode spec = (ObjectNode) JSON.readTree(sidecar.toFile());
            String name = spec.path("page").asText().replaceFirst("\\.html$", "");
            Path html = GeneralizationTest.POOL.resolve(name + ".html");
            Path txt = dir.resolve(name + ".txt");
            Process p = new ProcessBuilder("w3m", "-dump", "-T", "text/html", "-cols", "100", "-O", "UTF-8",
                    html.toString()).redirectOutput(txt.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "w3m on " + html);
            spec.put("page", name + ".txt");
            JSON.writeValue(dir.resolve(name + ".expected.json").toFile(), spec);
        }
        ExtractionEvaluator.Summary s = new ExtractionEvaluator(new Extractor(ExtractOptions.defaults()))
                .evaluate(ExtractionEvaluator.sidecars(dir));
        assertEquals(125, s.pages().size());
        assertTrue(s.f1() >= 0.93, "text dumps of the annotated pool pages: F1 " + s.f1());   // 0.953 on the 125 pages
        assertEquals(0, s.falseOnNegatives(), "comments found in dumps of pages without comments");
    }

    static boolean w3m() {
        try {
            Process p = new ProcessBuilder(List.of("w3m", "-version")).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
