package io.commentpulse.io;

import java.io.PrintStream;

/**
 * Progress for long work: a redrawn bar when stderr is a terminal, otherwise a log line at most every
 * {@code intervalMillis}. Silent when disabled.
 */
public final class Progress {
    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    private final boolean enabled;
    private final long intervalMillis;
    private final long start = System.nanoTime();
    private long lastPrint;

    public Progress(String label, long total, boolean enabled) {
        this(label, total, enabled, System.console() != null, 10_000, System.err);
    }

    Progress(String label, long total, boolean enabled, boolean terminal, long intervalMillis, PrintStream out) {
        this.label = label;
        this.total = total;
        this.enabled = enabled;
        this.terminal = terminal;
        this.intervalMillis = terminal ? 200 : intervalMillis;
        this.out = out;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }

    /** Reports {@code done} units out of the total (0 or less: unknown) with an optional detail such as a loss. */
    public void update(long done, String detail) {
        if (!enabled) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastPrint < intervalMillis && (total <= 0 || done < total)) {
            return;
        }
        lastPrint = now;
        double secs = (System.nanoTime() - start) / 1e9;
        double perSec = secs > 0 ? done / secs : 0;
        String rate = secs > 0 ? String.format(java.util.Locale.ROOT, perSec < 10 ? "%.1f/s" : "%.0f/s", perSec) : "";
        if (total > 0 && done < total && perSec > 0) {
            rate += " eta " + duration((total - done) / perSec);
        }
        String suffix = detail == null || detail.isEmpty() ? "" : " " + detail;
        if (total <= 0) {
            out.printf(terminal ? "\r%s: %d %s%s   " : "%s: %d %s%s%n", label, done, rate, suffix);
            out.flush();
            return;
        }
        if (terminal) {
            int width = 30;
            int filled = total > 0 ? (int) Math.min(width, width * done / total) : 0;
            out.printf("\r%s [%s%s] %d/%d %s%s   ", label, "#".repeat(filled), " ".repeat(width - filled),
                    done, total, rate, suffix);
            if (done >= total) {
                out.println();
            }
        } else {
            out.printf("%s: %d/%d (%.0f%%) %s%s%n", label, done, total,
                    total > 0 ? 100.0 * done / total : 0.0, rate, suffix);
        }
        out.flush();
    }
}
