package io.commentpulse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium, as the report tests drive it: the rendered DOM of a page, and a screenshot. */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private final String[] flags;

    HeadlessChromium(Path profile) {
        flags = new String[]{BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile};
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** The DOM after the page ran, also kept as {@code keep}. */
    String dom(Path html, Path keep) throws Exception {
        Process p = new ProcessBuilder(with("--dump-dom", html.toAbsolutePath().toUri().toString()))
                .redirectOutput(keep.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
        return Files.readString(keep);
    }

    /** A screenshot of the page at 1280 by {@code height} pixels; true when it was written. */
    boolean screenshot(Path html, Path png, int height) throws Exception {
        Process s = new ProcessBuilder(with("--window-size=1280," + height, "--screenshot=" + png.toAbsolutePath(),
                html.toAbsolutePath().toUri().toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return s.waitFor(120, TimeUnit.SECONDS) && Files.isRegularFile(png) && Files.size(png) > 10_000;
    }

    private String[] with(String... more) {
        String[] out = new String[flags.length + more.length];
        System.arraycopy(flags, 0, out, 0, flags.length);
        System.arraycopy(more, 0, out, flags.length, more.length);
        return out;
    }
}
