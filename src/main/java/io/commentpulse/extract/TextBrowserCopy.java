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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page as a plain-text copy made by a text browser ({@code w3m}, {@code lynx} or {@code elinks}, 100 columns
 * unless {@link #at} says otherwise, UTF-8), or copied from Chromium (its {@code innerText}): the generalization check
 * of {@code pulse eval-extract --as-text}. Each browser lays a page out its own way
 * (list marks, blank lines, image alt texts, form fields), so the same comments read from three copies show whether
 * the text reader knows comments or one browser's layout. Plain-text pages are returned unchanged. The browser must be
 * installed ({@code apt-get install w3m lynx elinks}).
 */
public enum TextBrowserCopy implements PageVariant {
    W3M("w3m", "-dump", "-T", "text/html", "-cols", Placeholder.COLUMNS, "-I", "UTF-8", "-O", "UTF-8"),
    LYNX("lynx", "-dump", "-nolist", "-width=" + Placeholder.COLUMNS, "-assume_charset=utf-8", "-display_charset=utf-8"),
    ELINKS("elinks", "-dump", "-dump-width", Placeholder.COLUMNS, "-no-references", "-no-numbering", "-dump-charset",
            "utf-8", "-eval", "set document.codepage.assume = \"utf-8\"", "-eval", "set document.codepage.force_assumed = 1"),
    /**
     * What a user who selects all in a browser and copies gets: the page's {@code innerText} as headless Chromium lays
     * it out (no network; the page's own scripts run as they can offline).
     */
    CHROMIUM("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--blink-settings=imagesEnabled=false",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=5000", "--dump-dom") {
        @Override
        String prepare(String html) {
            return super.prepare(html) + INNER_TEXT;
        }

        @Override
        String result(String out) {
            Matcher m = PRE.matcher(out);
            return m.find() ? org.jsoup.parser.Parser.unescapeEntities(m.group(1), false) : "";
        }

        @Override
        String file(Path in) {
            return in.toUri().toString();
        }
    };

    /** Replaces the page, once loaded, by its innerText in one pre element, which --dump-dom then prints. */
    private static final String INNER_TEXT = "<script>window.addEventListener('load',function(){var t=document.body"
            + "?document.body.innerText:'';document.documentElement.innerHTML='<body><pre id=\"pulse-inner-text\"></pre>"
            + "</body>';document.getElementById('pulse-inner-text').textContent=t;});</script>";
    private static final Pattern PRE = Pattern.compile("<pre id=\"pulse-inner-text\">(.*)</pre>", Pattern.DOTALL);

    /** A charset the page declares: the copy is handed over in UTF-8, whatever the page said. */
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta\\b[^>]*charset[^>]*>");
    private static final long TIMEOUT_SECONDS = 30;
    /** Where a command takes the copy's width. */
    private static final class Placeholder {
        static final String COLUMNS = "{columns}";
    }

    /** The width the copies are made at unless {@link #at} says otherwise. */
    public static final int DEFAULT_COLUMNS = 100;
    /** The narrowest copy {@link #at} makes (a phone's screen holds about 40 characters). */
    public static final int MIN_COLUMNS = 30;

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
        return copy(page, DEFAULT_COLUMNS);
    }

    /**
     * This browser's copies made {@code columns} wide: the same page wrapped at another width, as a user whose window
     * or terminal is narrower or wider hands it over (Chromium's copy is not wrapped, so the width changes nothing).
     */
    public PageVariant at(int columns) {
        if (columns < MIN_COLUMNS) {
            throw new IllegalArgumentException("a copy must be at least " + MIN_COLUMNS + " columns wide, not " + columns);
        }
        return page -> copy(page, columns);
    }

    private Page copy(Page page, int columns) {
        if (!page.html()) {
            return page;
        }
        Path in = null;
        Path out = null;
        try {
            in = Files.createTempFile("pulse-copy-", ".html");
            Files.writeString(in, prepare(page.text()), StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(command);
            cmd.replaceAll(a -> a.replace(Placeholder.COLUMNS, String.valueOf(columns)));
            cmd.add(file(in));
            out = Files.createTempFile("pulse-copy-", ".txt");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new UncheckedIOException(new IOException(program() + " took over " + TIMEOUT_SECONDS + " s on "
                        + page.path()));
            }
            if (p.exitValue() != 0) {
                throw new UncheckedIOException(new IOException(program() + " failed on " + page.path()));
            }
            String text = result(new String(Files.readAllBytes(out), StandardCharsets.UTF_8));   // bad bytes: U+FFFD
            return page.withText(text, false);
        } catch (IOException e) {
            throw new UncheckedIOException(program() + " could not copy " + page.path() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            for (Path f : new Path[] {in, out}) {
                try {
                    if (f != null) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    /** The page as handed to the browser: in UTF-8, whatever it declared. */
    String prepare(String html) {
        return inUtf8(html);
    }

    /** A decoded page's markup as a browser is handed it in a UTF-8 file: its own charset declaration replaced. */
    static String inUtf8(String html) {
        return "<meta charset=\"utf-8\">" + META_CHARSET.matcher(html).replaceAll("");
    }

    /** The plain text in what the browser printed. */
    String result(String out) {
        return out;
    }

    /** How the browser is told which file to read. */
    String file(Path in) {
        return in.toString();
    }

    /** True when the browser runs here. */
    public boolean installed() {
        try {
            Process p = new ProcessBuilder(program(), program().equals("elinks") || program().equals("chromium") ? "--version" : "-version")
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
