package io.commentpulse.extract;

import java.time.ZoneId;

/**
 * Settings for extraction.
 *
 * @param zone      zone applied to times the page shows without one
 * @param maxBytes  pages larger than this are rejected rather than parsed
 * @param detection which comment finders run on HTML pages
 */
public record ExtractOptions(ZoneId zone, long maxBytes, Detection detection) {
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    public ExtractOptions(ZoneId zone, long maxBytes) {
        this(zone, maxBytes, Detection.NAMED_FIRST);
    }

    public static ExtractOptions defaults() {
        return new ExtractOptions(ZoneId.of("UTC"), DEFAULT_MAX_BYTES);
    }
}
