package io.commentpulse.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * An HTML page as a plain-text copy made by a text browser ({@code w3m}, {@code lynx} or {@code elinks}, 100 columns,
 * UTF-8): the generalization check of {@code pulse eval-extract --as-text}. Each browser lays a page out its own way
 * (list marks, blank lines, image alt texts, form fields), so the same comments read from three copies show whether
 * the text reader knows comments or one browser's layout. Plain-text pages are returned unchanged. The browser must be
 * installed ({@code apt-get install w3m lynx elinks}).
 */
public enum TextBrowserCopy implements PageVariant {
    W3M("w3m", "-dump", "-T", "text/html", "-cols", "100", "-I", "UTF-8", "-O", "UTF-8"),
    LYNX("lynx", "-dump", "-nolist", "-width=100", "-assume_charset=utf-8", "-display_charset=utf-8"),
    ELINKS("elinks", "-dump", "-dump-width", "100", "-no-references", "-no-numbering", "-dump-charset", "utf-8",
            "-eval", "set document.codepage.assume = \"utf-8\"", "-eval", "set document.codepage.force_assumed = 1");

    /** A charset the page declares: the copy is handed over in UTF-8, whatever the page said. */
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta\\b[^>]*charset[^>]*>");
    private static final long TIMEOUT_SECONDS = 60;

    private final List<String> command;

    TextBrowserCopy(String... command) {
        this.command = List.of(command);
    }

    /** The browser's program name. */
    public String program() {
        return command.get(0);
    }

    @Override
    public Page apply(Page page) {
        if (!page.html()) {
            return page;
        }
        Path in = null;
        try {
            in = Files.createTempFile("pulse-copy-", ".html");
            Files.writeString(in, "<meta charset=\"utf-8\">" + META_CHARSET.matcher(page.text()).replaceAll(""),
                    StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(command);
            cmd.add(in.toString());
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new UncheckedIOException(new IOException(program() + " failed on " + page.path()));
            }
            return new Page(page.path(), new String(out, StandardCharsets.UTF_8), false, page.bytesHash(),
                    page.warnings(), page.modified());
        } catch (IOException e) {
            throw new UncheckedIOException(program() + " could not copy " + page.path() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (in != null) {
                try {
                    Files.deleteIfExists(in);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    /** True when the browser runs here. */
    public boolean installed() {
        try {
            Process p = new ProcessBuilder(program(), program().equals("elinks") ? "--version" : "-version")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Parses {@code w3m}, {@code lynx} or {@code elinks}. */
    public static TextBrowserCopy parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
