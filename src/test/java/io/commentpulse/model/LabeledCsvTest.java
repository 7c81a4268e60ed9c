package io.commentpulse.model;

import io.commentpulse.score.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabeledCsvTest {
    @TempDir
    Path dir;

    @Test
    void mapsNearMissesSkipsBadRowsAndReportsConflicts() throws Exception {
        Path f = dir.resolve("l.csv");
        Files.writeString(f, """
                id,text,sentiment,concern
                1,I am scared,Negative,1
                2,Lovely,pos,0
                3,Meh,2,
                4,,negative,0
                5,Odd,bananas,1
                6,Lovely,negative,0
                7,No labels here,,
                8,Fine,neutral,maybe
                """);
        LabeledCsv.Result r = LabeledCsv.read(f);
        assertEquals(4, r.rows().size());
        assertEquals(Sentiment.NEGATIVE, r.rows().get(0).sentiment());
        assertEquals(Sentiment.POSITIVE, r.rows().get(2).sentiment());
        assertEquals(4, r.skipped());
        assertEquals(3, r.mapped());
        assertEquals(1, r.conflicts());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 6: unknown sentiment 'bananas'")), r.messages().toString());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 5: empty text")), r.messages().toString());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 9: unknown concern 'maybe'")), r.messages().toString());
    }

    @Test
    void brokenFilesFailWithFileAndReason() throws Exception {
        Path missing = dir.resolve("m.csv");
        Files.writeString(missing, "id,text,sentiment\n1,a,negative\n");
        assertTrue(assertThrows(LabeledCsv.BadFileException.class, () -> LabeledCsv.read(missing)).getMessage()
                .contains("missing column 'concern'"));
        Path quoting = dir.resolve("q.csv");
        Files.writeString(quoting, "id,text,sentiment,concern\n1,\"unterminated,negative,1\n2,b,positive,0\n");
        LabeledCsv.BadFileException e = assertThrows(LabeledCsv.BadFileException.class, () -> LabeledCsv.read(quoting));
        assertTrue(e.getMessage().contains("q.csv") && e.getMessage().contains("malformed"), e.getMessage());
    }

    @Test
    void aSpreadsheetsByteOrderMarkIsSkippedAndARowWithBytesThatAreNotUtf8IsKeptAndNamed() throws Exception {
        Path bom = dir.resolve("excel.csv");
        byte[] body = "id,text,sentiment,concern\n1,Ça m'inquiète,negative,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        List<LabeledExample> rows = LabeledCsv.read(bom).rows();
        assertEquals(1, rows.size());
        assertEquals("1", rows.get(0).id());
        assertEquals("Ça m'inquiète", rows.get(0).text());

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "id,text,sentiment,concern\n1,Ça m'inquiète,negative,1\n".getBytes(StandardCharsets.ISO_8859_1));
        LabeledCsv.Result r = LabeledCsv.read(latin1);
        assertEquals(1, r.rows().size(), "the row is kept");
        assertEquals("\uFFFDa m'inqui\uFFFDte", r.rows().get(0).text());
        assertEquals(List.of(latin1 + ": row 2: text has bytes that are not UTF-8 (read as U+FFFD); save the file as UTF-8"),
                r.messages());
    }
}
