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

    /**
     * A hand-made file whose texts are not quoted: a reader's comma splits the text (seeds/000's "Man, this is some
     * scary stuff."), and the row was skipped before; a stray cell after the labels still is.
     */
    @Test
    void aTextsOwnUnquotedCommaIsReadAsTextAndItsLabelsKept() throws Exception {
        Path f = dir.resolve("hand.csv");
        Files.writeString(f, """
                id,text,sentiment,concern
                1,Man, this is some scary stuff. Why meet at a launch facility?,negative,1
                2,"Quoted, as it should be",neutral,0
                3,"Quoted, then a stray cell",neutral,0,extra
                """);
        LabeledCsv.Result r = LabeledCsv.read(f);
        assertEquals(List.of("1", "2"), r.rows().stream().map(LabeledExample::id).toList());
        assertEquals("Man, this is some scary stuff. Why meet at a launch facility?", r.rows().get(0).text());
        assertEquals(Sentiment.NEGATIVE, r.rows().get(0).sentiment());
        assertEquals(1, r.rows().get(0).concern());
        assertEquals(1, r.skipped());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 2: 1 field more than the header")), r.messages().toString());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 4: expected 4 fields, found 5; skipped")),
                r.messages().toString());
    }

    @Test
    void sentimentCodedMinusOneZeroOneIsReadAsSuch() throws Exception {
        Path f = dir.resolve("codes.csv");
        Files.writeString(f, "id,text,sentiment,concern\n1,Awful,-1,1\n2,So so,0,0\n3,Great,1,0\n4,Fine,+1,0\n");
        List<Sentiment> got = LabeledCsv.read(f).rows().stream().map(LabeledExample::sentiment).toList();
        assertEquals(List.of(Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE, Sentiment.POSITIVE), got);
        Path zeroBased = dir.resolve("zero.csv");
        Files.writeString(zeroBased, "id,text,sentiment,concern\n1,Awful,0,1\n2,So so,1,0\n3,Great,2,0\n");
        assertEquals(List.of(Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE),
                LabeledCsv.read(zeroBased).rows().stream().map(LabeledExample::sentiment).toList());
    }

    @Test
    void aSpreadsheetsHeaderAndLabelsAreReadAndASkippedRowIsNamedAmongManyMappedOnes() throws Exception {
        StringBuilder b = new StringBuilder("ID, Text ,Sentiment,Concern\n");
        for (int i = 1; i <= 40; i++) {
            b.append(i).append(",Comment number ").append(i).append(i == 30 ? ",Postive,1\n" : ",Negative,1\n");
        }
        Path f = dir.resolve("sheet.csv");
        Files.writeString(f, b.toString());
        LabeledCsv.Result r = LabeledCsv.read(f);
        assertEquals(39, r.rows().size());
        assertEquals(1, r.skipped());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 31: unknown sentiment 'Postive'")), r.messages().toString());
        assertEquals(1, r.messages().stream().filter(m -> m.contains("'Negative' read as negative")).count(), r.messages().toString());
    }

    /**
     * A labeled set saved by pandas' {@code to_csv} keeps its index as a first column with no name, which a parser
     * refuses: the whole file was lost. It is read, the index kept as column_1 and said once.
     */
    @Test
    void aPandasExportWithItsUnnamedIndexColumnIsRead() throws Exception {
        Path f = dir.resolve("pandas.csv");
        Files.writeString(f, """
                ,id,text,sentiment,concern
                0,a1,"Rates up again, and my lease ends in May. Scary.",negative,1
                1,a2,Thanks for the clear write-up,positive,0
                """);
        LabeledCsv.Result r = LabeledCsv.read(f);
        assertEquals(List.of("a1", "a2"), r.rows().stream().map(LabeledExample::id).toList());
        assertEquals(Sentiment.NEGATIVE, r.rows().get(0).sentiment());
        assertEquals(0, r.skipped());
        assertTrue(r.messages().contains(f + ": header: column 1 has no name: read as column_1"), r.messages().toString());
    }

    @Test
    void anIdUsedTwiceIsSaid() throws Exception {
        Path f = dir.resolve("ids.csv");
        Files.writeString(f, "id,text,sentiment,concern\n7,First one,negative,1\n7,Another one,neutral,0\n8,Third,positive,0\n");
        LabeledCsv.Result r = LabeledCsv.read(f);
        assertEquals(3, r.rows().size());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 3: id '7' was used by an earlier row")), r.messages().toString());
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

    @Test
    void softTargetsAreReadCheckedAndWrittenBack() throws Exception {
        Path f = dir.resolve("soft.csv");
        Files.writeString(f, """
                id,text,sentiment,concern,soft_concern,soft_negative,soft_neutral,soft_positive
                1,This is some scary stuff,negative,1,0.8,0.7,0.2,0.1
                2,Lovely piece,,,0.05,0.1,0.1,0.8
                3,Too sure,negative,0,1.7,,,
                4,Half a sentiment,negative,0,,0.5,0.5,
                5,Not a distribution,negative,0,,0.5,0.5,0.5
                6,Hard labels only,neutral,0,,,,
                7,Garbled,negative,0,high,,,
                """);
        LabeledCsv.Result r = LabeledCsv.read(f);
        assertEquals(3, r.rows().size(), r.messages().toString());
        assertEquals(4, r.skipped());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 8: soft_concern 'high' is not a number")),
                r.messages().toString());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("soft.csv: row 4: soft_concern 1.7 is outside [0, 1]")),
                r.messages().toString());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 5: soft sentiment needs all of")), r.messages().toString());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("row 6: soft sentiment 0.5000 + 0.5000 + 0.5000")),
                r.messages().toString());
        LabeledExample scary = r.rows().get(0);
        assertEquals(1, scary.concern());
        assertEquals(0.8, scary.soft().concern(), 1e-9);
        assertEquals(0.1, scary.soft().positive(), 1e-9);
        LabeledExample unlabeled = r.rows().get(1);
        assertTrue(unlabeled.hasAnyLabel() && unlabeled.concern() == null && unlabeled.sentiment() == null);
        assertEquals(null, r.rows().get(2).soft());

        Path back = dir.resolve("back.csv");
        LabeledCsv.write(back, r.rows(), false);
        List<LabeledExample> again = LabeledCsv.read(back).rows();
        assertEquals(r.rows().size(), again.size());
        for (int i = 0; i < again.size(); i++) {
            assertEquals(r.rows().get(i).soft(), again.get(i).soft());
            assertEquals(r.rows().get(i).concern(), again.get(i).concern());
        }
    }
}
