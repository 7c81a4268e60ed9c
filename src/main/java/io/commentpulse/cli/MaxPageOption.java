package io.commentpulse.cli;

import io.commentpulse.extract.ExtractOptions;
import picocli.CommandLine.Option;

import java.time.ZoneId;

/** {@code --max-page-mb}, for every command that reads pages (MB here is 2^20 bytes, as in the refusal message). */
final class MaxPageOption {
    @Option(names = "--max-page-mb", defaultValue = "32", paramLabel = "MB",
            description = "Skip pages larger than this many megabytes (MiB; default: ${DEFAULT-VALUE}).")
    double maxPageMb = 32;

    ExtractOptions options(ZoneId zone) {
        if (!(maxPageMb > 0)) {
            throw new UsageException("--max-page-mb must be more than 0, got " + maxPageMb);
        }
        return new ExtractOptions(zone, (long) (maxPageMb * 1024 * 1024));
    }
}
