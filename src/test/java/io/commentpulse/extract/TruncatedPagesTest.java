package io.commentpulse.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page cut short (a download that stopped, a disk that filled) keeps the comments that are whole: real pages of
 * pages-dev cut 40, 150 and 400 bytes before a comment's text, that is inside or just before its header.
 */
class TruncatedPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pagesCutInsideACommentHeaderKeepTheWholeCommentsBeforeTheCut(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(PagesDevTest.DEV), "../shared/pages-dev not present");
        Extractor ex = new Extractor(ExtractOptions.defaults());
        List<String> failures = new ArrayList<>();
        int cuts = 0;
        for (String name : List.of("dragnet-R16", "dragnet-R756", "dragnet-108", "dragnet-T145", "dragnet-102",
                "traf-archive.org.the-pain.net.silkroad")) {
            String page = Files.readString(PagesDevTest.DEV.resolve(name + ".html"), StandardCharsets.UTF_8);
            JsonNode expected = JSON.readTree(PagesDevTest.DEV.resolve(name + ".expected.json").toFile()).path("comments");
            List<Integer> starts = new ArrayList<>();
            for (JsonNode c : expected) {
                String head = c.path("text_start").asText();
                int at = page.indexOf(head.substring(0, Math.min(25, head.length())), starts.isEmpty() ? 0 : starts.get(starts.size() - 1));
                if (at > 0) {
                    starts.add(at);
                }
            }
            for (int k = 2; k < starts.size(); k += Math.max(1, starts.size() / 5)) {
                for (int back : new int[]{40, 150, 400}) {
                    int end = starts.get(k) - back;
                    Path cut = dir.resolve(name + "-" + k + "-" + back + ".html");
                    Files.writeString(cut, page.substring(0, end), StandardCharsets.UTF_8);
                    // comment j is whole when the next comment's text starts before the cut (its byline, before
                    // or after its text, is then inside the page)
                    int whole = 0;
                    for (int j = 0; j + 1 < starts.size() && starts.get(j + 1) <= end; j++) {
                        whole++;
                    }
                    int got = ex.extract(cut).comments().size();
                    cuts++;
                    if (got < whole) {
                        failures.add(cut.getFileName() + ": " + got + " comments, " + whole + " were whole");
                    }
                }
            }
        }
        assertTrue(cuts >= 50, "cuts made: " + cuts);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
