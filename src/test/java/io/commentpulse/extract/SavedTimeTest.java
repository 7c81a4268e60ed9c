package io.commentpulse.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relative comment times count back from when the page was saved, as the saving tool wrote it into the page. */
class SavedTimeTest {

    @Test
    void savedTimesAsSaversWriteThem() {
        assertEquals("2012-11-06T15:03:01+01:00", stated("<!--\n Page saved with SingleFile \n url: http://x.org/a \n"
                + " saved date: Tue Nov 06 2012 15:03:01 GMT+0100 (Central European Standard Time)\n-->"));
        assertEquals("2012-11-06T14:38:01Z", stated("<html>...</html><!--\n     FILE ARCHIVED ON 14:38:01 Nov 06, 2012 "
                + "AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 8:40:35 Jan 3, 2024.\n-->"));
        assertEquals("2012-11-06T14:38:01Z", stated("<a href=\"https://web.archive.org/web/20121106143801/http://x.org/\">"));
        assertEquals("2012-11-06T15:03:01Z", stated("<!-- Mirrored from x.org/a.html by HTTrack Website Copier/3.x "
                + "[XR&CO'2014], Tue, 06 Nov 2012 15:03:01 GMT -->"));
        assertEquals("2012-11-06T15:03:01+01:00", stated(SavedTime.mhtmlNote("Tue, 6 Nov 2012 15:03:01 +0100") + "<html>"));
        assertTrue(SavedTime.stated("<html><body>No saver here. Date: Tue, 6 Nov 2012</body></html>").isEmpty());
    }

    @Test
    void relativeCommentTimesCountBackFromTheSavedTimeNotThePublishDate(@TempDir Path dir) throws Exception {
        String comments = "<h3>2 Comments</h3><ol><li><b>Ann</b> <span>3 hours ago</span><p>First reply here.</p></li>"
                + "<li><b>Bob</b> <span>2 days ago</span><p>Second reply here.</p></li></ol>";
        Path saved = dir.resolve("saved.html");
        Files.writeString(saved, "<!-- saved date: Tue Nov 06 2012 15:00:00 GMT+0000 -->\n<html><head>"
                + "<meta property='article:published_time' content='2012-01-01T00:00:00Z'></head><body><main><h1>T</h1>"
                + comments + "</main></body></html>");
        List<String> warnings = new ArrayList<>();
        List<Comment> c = new Extractor(ExtractOptions.defaults()).extract(saved, warnings::add).comments();
        assertEquals("2012-11-06T12:00Z", c.get(0).timestamp().toString());
        assertEquals("2012-11-04T15:00Z", c.get(1).timestamp().toString());
        assertEquals(List.of(), warnings);

        Path unsaid = dir.resolve("unsaid.html");
        Files.writeString(unsaid, "<html><body><main><h1>T</h1>" + comments + "</main></body></html>");
        Files.setLastModifiedTime(unsaid, FileTime.from(Instant.parse("2020-05-02T09:00:00Z")));
        c = new Extractor(ExtractOptions.defaults()).extract(unsaid, warnings::add).comments();
        assertEquals("2020-05-02T06:00Z", c.get(0).timestamp().toString());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("modification time"), warnings.get(0));
    }

    private static String stated(String text) {
        return SavedTime.stated(text).orElseThrow().time().toString();
    }
}
