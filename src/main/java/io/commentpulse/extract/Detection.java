package io.commentpulse.extract;

import java.util.Locale;

/** Which comment finders run on an HTML page. */
public enum Detection {
    /** The rules for known comment markup first; where none matches, the {@link RecordDetector} (the default). */
    NAMED_FIRST,
    /** The record detector alone: finds comments by structure, dates and text, never by class or id names. */
    RECORDS,
    /** The rules for known comment markup alone (the extractor before the record detector existed). */
    NAMED;

    /** Parses {@code named-first}, {@code records} or {@code named}. */
    public static Detection parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
