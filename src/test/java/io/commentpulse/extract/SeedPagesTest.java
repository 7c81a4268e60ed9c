package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedPagesTest {
    private static final Path SEEDS = Path.of("seeds");

    private static Path seed(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void seed000HasEightCommentsInPageOrder() throws Exception {
        PageResult r = new Extractor(ExtractOptions.defaults()).extract(seed("000_"));
        List<Comment> c = r.comments();
        assertEquals(8, c.size());
        assertEquals(List.of("Paul Harris", "John Smith", "Rachel Adams", "Tom Baker", "Emily Williams", "Nancy Lee",
                "Sara Thompson", "Mike O'Donnell"), c.stream().map(Comment::author).toList());
        assertEquals("2023-09-13T20:16Z", c.get(0).timestamp().toString());
        assertEquals("2023-09-14T10:20Z", c.get(7).timestamp().toString());
        assertEquals("September 13, 2023 - 8:16 pm", c.get(0).timestampRaw());
        assertTrue(c.get(0).text().startsWith("What concerns me is the timing."));
        assertTrue(c.get(7).text().endsWith("more than just politics."));
        c.forEach(x -> assertTrue(!x.text().contains("Leave a Comment") && !x.text().contains("Editors' Picks")));
    }

    @Test
    void zoneOptionAppliesToTimesWithoutZone() throws Exception {
        PageResult r = new Extractor(new ExtractOptions(ZoneId.of("America/New_York"), ExtractOptions.DEFAULT_MAX_BYTES))
                .extract(seed("000_"));
        assertEquals("2023-09-13T20:16-04:00", r.comments().get(0).timestamp().toString());
    }

    @Test
    void otherSeedsHaveNoComments() throws Exception {
        Extractor ex = new Extractor(ExtractOptions.defaults());
        for (String p : List.of("001_", "002_", "003_", "004_")) {
            assertEquals(0, ex.extract(seed(p)).comments().size(), p);
        }
    }

    @Test
    void idsAreStableAcrossRuns() throws Exception {
        Extractor ex = new Extractor(ExtractOptions.defaults());
        PageResult a = ex.extract(seed("000_"));
        PageResult b = ex.extract(seed("000_"));
        assertEquals(a.article().articleId(), b.article().articleId());
        assertEquals(a.comments().stream().map(Comment::commentId).toList(), b.comments().stream().map(Comment::commentId).toList());
        assertEquals(8, a.comments().stream().map(Comment::commentId).distinct().count());
    }

    @Test
    void visiblePublishedLineIsRead() throws Exception {
        PageResult r = new Extractor(ExtractOptions.defaults()).extract(seed("004_"));
        assertEquals("2023-09-13T15:51Z", r.article().published().toString());
        assertFalse(r.article().publishedDateOnly());
    }

    /** Seed 003's copy runs an icon's label and the date into its headline: the title is the headline alone. */
    @Test
    void aDateStampBeforeTheHeadlineIsNoPartOfTheTitle() throws Exception {
        PageResult r = new Extractor(ExtractOptions.defaults()).extract(seed("003_"));
        assertEquals("Kim Jong-un pledges support to Russia in 'war against west'", r.article().title());
        assertEquals("2023-09-13T00:00Z", r.article().published().toString());
        assertTrue(r.article().publishedDateOnly(), "the copy gives the date alone: no hour is made up");
        assertEquals("Putin and Kim Jong Un meet at cosmodrome in Russian Far East",
                new Extractor(ExtractOptions.defaults()).extract(seed("004_")).article().title());
    }
}
