package io.commentpulse.model;

import io.commentpulse.io.Hashing;

import java.util.Locale;

/**
 * A train/dev/test split by unit (a news item, a page, an article), never by row: every row of one unit lands in the
 * same part, chosen by the SHA-256 of the unit's key, so the split needs no list and never changes when rows are
 * added. 60% train, 20% dev, 20% test of the units.
 */
public enum UnitSplit {
    TRAIN, DEV, TEST;

    /** The part of the unit with this key (for example a news headline or a page name). */
    public static UnitSplit of(String unitKey) {
        int bucket = Integer.parseUnsignedInt(Hashing.sha256(unitKey).substring(0, 7), 16) % 10;
        return bucket < 6 ? TRAIN : bucket < 8 ? DEV : TEST;
    }

    /** Parses {@code train}, {@code dev} or {@code test} (any case). */
    public static UnitSplit parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("split '" + name + "' is not train, dev or test");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
