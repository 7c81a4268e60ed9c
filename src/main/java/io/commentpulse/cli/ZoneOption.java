package io.commentpulse.cli;

import picocli.CommandLine.Option;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The {@code --zone} option: the time zone for page times that carry none. */
final class ZoneOption {
    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone for times shown without one, e.g. UTC, Europe/Berlin, -05:00 (default: ${DEFAULT-VALUE}).")
    String zone;

    ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UsageException("--zone: unknown time zone '" + zone + "'");
        }
    }
}
