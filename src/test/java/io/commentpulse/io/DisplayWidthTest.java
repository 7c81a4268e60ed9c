package io.commentpulse.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayWidthTest {
    @Test
    void wideCharactersTakeTwoColumns() {
        assertEquals(5, DisplayWidth.of("Hello"));
        assertEquals(8, DisplayWidth.of("新竹尖石"));
        assertEquals(4, DisplayWidth.of("café"));
        assertEquals(4, DisplayWidth.of("cafe\u0301"));   // e + combining acute
        assertEquals(2, DisplayWidth.of("😀"));
    }

    @Test
    void paddedColumnsLineUpInAnyScript() {
        assertEquals(10, DisplayWidth.of(DisplayWidth.pad("新竹尖石_美樹營地賞楓", 10)));
        assertEquals("新竹尖石_ ", DisplayWidth.pad("新竹尖石_美樹", 10));  // 9 columns fit, the next is wide: pad
        assertEquals("abc       ", DisplayWidth.pad("abc", 10));
        assertEquals(60, DisplayWidth.of(DisplayWidth.pad("Über Israel: Die vertauschten Rollen ".repeat(3), 60)));
    }
}
