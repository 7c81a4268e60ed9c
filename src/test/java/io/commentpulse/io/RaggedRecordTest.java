package io.commentpulse.io;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows with more or fewer fields than their header, as hand-made exports write them (texts from seeds/000). */
class RaggedRecordTest {
    @TempDir
    Path dir;

    private static final String TEXT = "Man, this is some scary stuff. Why meet at a launch facility? Pretty obvious "
            + "they’re talking more than just politics.";

    private List<CSVRecord> rows(String csv) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, csv);
        try (CSVParser p = Csv.parse(f)) {
            return p.getRecords();
        }
    }

    @Test
    void aTextWithItsOwnUnquotedCommasTakesTheExtraFields() throws Exception {
        // id,text,author: the text unquoted, its comma after "Man" splits it
        CSVRecord r = rows("id,text,author\nc1," + TEXT + ",Josh\n").get(0);
        RaggedRecord.Fit fit = RaggedRecord.fit(r, 3, 1, 0, 2, ',');
        assertEquals(List.of("c1", TEXT, "Josh"), fit.cells());
        assertTrue(fit.note().contains("1 field more than the header"), fit.note());
        // two commas in the text, semicolon-separated file alike
        CSVRecord s = rows("id;text;author\nc2;What concerns me is the timing; the missiles; the meeting;Ann\n").get(0);
        assertEquals(List.of("c2", "What concerns me is the timing; the missiles; the meeting", "Ann"),
                RaggedRecord.fit(s, 3, 1, 0, 2, ';').cells());
    }

    @Test
    void aStrayCellOrANumbersCommaIsNotGuessedAt() throws Exception {
        // the text was quoted, and a cell stands after the last column: nothing says where the extra field belongs
        assertNull(RaggedRecord.fit(rows("id,text,sentiment,concern\nc,\"" + TEXT + "\",neutral,0,extra\n").get(0),
                4, 1, 0, 2, ','));
        // "1,000" in an unquoted text: the field after the comma opens with no space
        assertNull(RaggedRecord.fit(rows("id,text,author\nc,It cost 1,000 dollars,Ann\n").get(0), 3, 1, 0, 2, ','));
    }

    @Test
    void anEmptyLastCellStaysACellWhenTheTextHasItsOwnComma() throws Exception {
        // the author left empty: the text's comma is the extra field, the trailing empty field the author
        CSVRecord r = rows("id,text,author\nc1,Man, this is some scary stuff.,\n").get(0);
        assertEquals(List.of("c1", "Man, this is some scary stuff.", ""), RaggedRecord.fit(r, 3, 1, 0, 2, ',').cells());
    }

    @Test
    void theNextLineOfATextBrokenOverTwoLinesIsNoRow() throws Exception {
        // an export that does not quote commas does not quote line breaks either: "Pretty obvious they’re talking more
        // than just politics.,Josh" is the text's second line, not a row whose id is "Pretty obvious …"
        List<CSVRecord> r = rows("id,text,author\nc1,Why meet at a launch facility?\nPretty obvious they’re talking "
                + "more than just politics.,Josh\n");
        assertEquals(List.of("c1", "Why meet at a launch facility?", ""), RaggedRecord.fit(r.get(0), 3, 1, 0, 2, ',').cells());
        assertNull(RaggedRecord.fit(r.get(1), 3, 1, 0, 2, ','));
    }

    @Test
    void extraDelimitersAtTheEndAreDroppedAndMissingLastCellsLeftEmpty() throws Exception {
        CSVRecord tail = rows("id,text,author\nc,\"" + TEXT + "\",Josh,,\n").get(0);
        assertEquals(List.of("c", TEXT, "Josh"), RaggedRecord.fit(tail, 3, 1, 0, 2, ',').cells());
        CSVRecord cut = rows("id,text,author,time\nc,\"" + TEXT + "\"\n").get(0);
        RaggedRecord.Fit fit = RaggedRecord.fit(cut, 4, 1, 0, 2, ',');
        assertEquals(List.of("c", TEXT, "", ""), fit.cells());
        assertTrue(fit.note().contains("2 fields fewer"), fit.note());
        // the text itself missing: not read
        assertNull(RaggedRecord.fit(rows("id,author,text\nc,Josh\n").get(0), 3, 2, 0, 3, ','));
    }
}
