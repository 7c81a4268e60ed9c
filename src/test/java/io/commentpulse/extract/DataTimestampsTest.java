package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: every timestamp form data files write, through one parser (report skipped "2024-05-02 09:00" before). */
class DataTimestampsTest {
    private static String p(String s) {
        return DataTimestamps.parse(s, ZoneOffset.UTC, DataTimestamps.DateOrder.MDY).value().toString();
    }

    @Test
    void isoSqlAndEpochForms() {
        assertEquals("2024-05-02T09:00Z", p("2024-05-02T09:00:00Z"));
        assertEquals("2024-05-02T09:00+02:00", p("2024-05-02T09:00+02:00"));
        assertEquals("2024-05-02T09:00Z", p("2024-05-02 09:00"));
        assertEquals("2024-05-02T09:00Z", p("2024-05-02 09:00:00"));
        assertEquals("2024-05-02T09:00:00.250Z", p("2024-05-02 09:00:00.25"));
        assertEquals("2024-05-02T00:00Z", p("2024-05-02"));
        assertEquals("2024-05-02T09:00Z", p("1714640400"));          // epoch seconds (Reddit created_utc)
        assertEquals("2024-05-02T09:00Z", p("1714640400.0"));
        assertEquals("2024-05-02T09:00Z", p("1714640400000"));       // epoch milliseconds
        assertNull(DataTimestamps.parse(" ", ZoneOffset.UTC, DataTimestamps.DateOrder.MDY).value());
    }

    @Test
    void numericDayMonthForms() {
        assertEquals("2024-05-02T09:00Z", p("5/2/2024 9:00 AM"));
        assertEquals("2024-05-02T21:00Z", p("5/2/2024 9:00 PM"));
        assertEquals("2024-05-02T09:00Z", p("02.05.2024 09:00"));    // dotted: day first
        assertEquals("2024-05-13T00:00Z", p("13/05/2024"));          // a day over 12 decides
        assertEquals("2024-05-13T00:00Z", p("05/13/2024"));
        assertEquals("2024-05-02T09:00Z", p("May 2, 2024 9:00 am"));
    }

    @Test
    void ambiguousDatesFollowTheDateOrderAndSaySo() {
        DataTimestamps.Parsed mdy = DataTimestamps.parse("03/04/2024", ZoneOffset.UTC, DataTimestamps.DateOrder.MDY);
        DataTimestamps.Parsed dmy = DataTimestamps.parse("03/04/2024", ZoneOffset.UTC, DataTimestamps.DateOrder.DMY);
        assertEquals("2024-03-04T00:00Z", mdy.value().toString());
        assertEquals("2024-04-03T00:00Z", dmy.value().toString());
        assertTrue(mdy.ambiguous() && dmy.ambiguous());
        assertFalse(DataTimestamps.parse("04/04/2024", ZoneOffset.UTC, DataTimestamps.DateOrder.MDY).ambiguous());
    }

    /** A date alone is kept as one: written back without a time of day, and said to be one. */
    @Test
    void aDateAloneIsToldFromMidnight() {
        // "2 pm" without minutes is no time this parser reads: what it read is the date alone
        for (String date : new String[]{"2024-05-02", "5/2/2024", "02.05.2024", "May 2, 2024", "2. Mai 2024", "2 mai 2024",
                "May 2, 2024 2 pm"}) {
            DataTimestamps.Parsed d = DataTimestamps.parse(date, ZoneOffset.UTC, DataTimestamps.DateOrder.MDY);
            assertTrue(d.dateOnly(), date);
            assertEquals("2024-05-02", d.iso(), date);
        }
        for (String timed : new String[]{"2024-05-02T00:00:00Z", "2024-05-02 00:00", "5/2/2024 12:00 AM", "May 2, 2024 0:00",
                "2. Mai 2024, 0:00 Uhr", "2 mai 2024 à 0h00", "1714608000"}) {
            DataTimestamps.Parsed t = DataTimestamps.parse(timed, ZoneOffset.UTC, DataTimestamps.DateOrder.MDY);
            assertEquals("2024-05-02T00:00Z", t.value().toString(), timed);
            assertFalse(t.dateOnly(), timed);
            assertEquals("2024-05-02T00:00:00Z", t.iso(), timed);
        }
        // a machine value the page does not show: its midnight is taken as stated
        assertFalse(DataTimestamps.isDateOnly(java.time.OffsetDateTime.parse("2024-05-02T00:00Z"), ""));
        assertTrue(DataTimestamps.isDateOnly(java.time.OffsetDateTime.parse("2024-05-02T00:00Z"), "May 2, 2024"));
    }

    @Test
    void zoneLessValuesTakeTheZoneAndNonsenseIsRefused() {
        assertEquals("2024-05-02T09:00+02:00",
                DataTimestamps.parse("2024-05-02 09:00", ZoneId.of("Europe/Berlin"), DataTimestamps.DateOrder.MDY).value().toString());
        assertThrows(DateTimeParseException.class, () -> p("yesterday-ish"));
    }
}
