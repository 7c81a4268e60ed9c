package io.commentpulse.cli;

import io.commentpulse.extract.DataTimestamps;
import picocli.CommandLine.Option;

/** The {@code --date-order} option: how numeric dates whose day and month could be either are read. */
public final class DateOrderOption {
    @Option(names = "--date-order", defaultValue = "mdy", paramLabel = "ORDER", description = "How to read numeric "
            + "dates whose day and month could be either (03/04/2024): mdy (default) or dmy. Dates with a day over 12, "
            + "dotted dates (02.05.2024), ISO, SQL datetimes and epoch seconds or milliseconds are never ambiguous; "
            + "the count of ambiguous ones is printed.")
    String dateOrder;

    /** The order given, checked ({@link UsageException} when it is neither mdy nor dmy). */
    public DataTimestamps.DateOrder order() {
        try {
            return DataTimestamps.DateOrder.parse(dateOrder);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--date-order must be mdy or dmy, not '" + dateOrder + "'");
        }
    }
}
