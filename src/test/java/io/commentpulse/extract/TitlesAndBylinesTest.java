package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16 item 15 (titles) and issue 15 (German, French and Spanish bylines), on small pages. */
class TitlesAndBylinesTest {
    private static PageResult html(String body) {
        return new HtmlExtractor().extract(new Page(Path.of("t.html"), body, true, "h"),
                new ExtractOptions(ZoneOffset.UTC, ExtractOptions.DEFAULT_MAX_BYTES, Detection.RECORDS));
    }

    private static PageResult text(String body) {
        return new TextExtractor().extract(new Page(Path.of("t.txt"), body, false, "h"), ExtractOptions.defaults());
    }

    /** A narrow dump (a real pool page, w3m at 100 columns in a narrow column) wraps the byline's time onto a line of its own. */
    @Test
    void aTimeWrappedOntoTheNextLineStaysInTheByline() {
        PageResult r = text("""
                9 Responses to
                “Interview With Rocky
                Angelucci, Author of
                “Don’t Die Early” – Part
                Two”

                 1. [d04] Mark says:
                    November 3, 2012 at
                    11:27 am

                    Excellent finish to
                    the interview. Thank
                    you both for taking
                    the time.

                 2. [e97] Laura F says:
                    November 3, 2012 at
                    2:47 pm

                    “Until a person
                    realizes that
                    there’s a better
                    path for them.”
                """);
        assertEquals(2, r.comments().size());
        assertEquals("Mark", r.comments().get(0).author());
        assertTrue(r.comments().get(0).text().startsWith("Excellent finish to the interview."), r.comments().get(0).text());
        assertEquals("2012-11-03T14:47Z", r.comments().get(1).timestamp().toString());
    }

    @Test
    void aTitleLeftInTheBodyIsStillTheTitle() {
        PageResult r = html("<meta name=x content=y><div>ad</div><title>Save the bridge! A look behind the scenes</title>"
                + "<p>Article.</p>");
        assertEquals("Save the bridge! A look behind the scenes", r.article().title());
    }

    @Test
    void aTextDumpsTitleIsNotItsSkipLinkSearchBoxOrDate() {
        PageResult r = text("Springe zum Inhalt\nSuche nach: [                    ]\nMonday, October 29, 2012\n\n"
                + "Gute Tabus, schlechte Tabus: Die vertauschten Rollen\n\nText des Artikels.\n");
        assertEquals("Gute Tabus, schlechte Tabus: Die vertauschten Rollen", r.article().title());
    }

    @Test
    void bylinesInGermanFrenchAndSpanish() {
        String[][] cases = {
                {"geschrieben von Anna Maier am 21. Jan. 2015, 19:04", "Anna Maier"},
                {"Posté par Jean Dupont le 3 février 2019 à 18:30", "Jean Dupont"},
                {"publicado por María López el 3 de mayo de 2020 a las 10:15", "María López"},
        };
        for (String[] c : cases) {
            StringBuilder sb = new StringBuilder("<main><h1>T</h1><div>");
            for (int i = 0; i < 3; i++) {
                sb.append("<div><p><span>").append(c[0].replace("Anna Maier", i == 0 ? "Anna Maier" : "Nutzer" + i)
                                .replace("Jean Dupont", i == 0 ? "Jean Dupont" : "Lecteur" + i)
                                .replace("María López", i == 0 ? "María López" : "Lector" + i))
                        .append("</span></p><p>Ein echter Kommentartext Nummer ").append(i).append(" hier.</p></div>");
            }
            List<Comment> got = html(sb.append("</div></main>").toString()).comments();
            assertEquals(3, got.size(), c[0]);
            assertEquals(c[1], got.get(0).author(), c[0]);
        }
    }

    /** A date stamp before a headline goes; a day the headline itself names stays (it has no year and no label). */
    @Test
    void aHeadlineThatNamesADayKeepsIt() {
        assertEquals("Kim Jong-un pledges support", ArticleMetadata.withoutDateStamp("date 2023-09-13 Kim Jong-un pledges support"));
        assertEquals("Kim vows full support", ArticleMetadata.withoutDateStamp("13 Sep 2023 | Kim vows full support"));
        assertEquals("Jan. 6 committee hearings: what we learned",
                ArticleMetadata.withoutDateStamp("Jan. 6 committee hearings: what we learned"));
        assertEquals("June 4 Tiananmen vigil banned in Hong Kong",
                ArticleMetadata.withoutDateStamp("June 4 Tiananmen vigil banned in Hong Kong"));
    }
}
