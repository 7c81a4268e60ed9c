package io.commentpulse.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the user's PATH arguments into page files: files as given, directories walked for .html/.htm/.txt and
 * pages saved as one file (.mhtml/.mht, Safari's .webarchive).
 */
public final class PageSource {
    private PageSource() {
    }

    /** A path that could not be listed, with the reason. */
    public record Problem(Path path, String reason) {
    }

    public static List<Path> expand(List<Path> inputs, List<Problem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    // a link whose target is gone is kept, so that it is named as a page that could not be read
                    walk.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f) && !Files.exists(f))
                            .filter(PageSource::isPageName)
                            .filter(f -> !isSavedResource(f.toString(), s -> Files.exists(Path.of(s))))
                            .sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(p, "cannot list directory: " + e.getMessage()));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A file that a "Webpage, Complete" save keeps beside its page ({@code Article_files/saved_resource.html}: a frame's
     * document, read with {@code Article.html}, never as a page of its own): a file under a folder named like a page
     * of the same folder plus {@code _files}, where that page {@code exists}. Paths separated by '/'.
     */
    public static boolean isSavedResource(String path, java.util.function.Predicate<String> exists) {
        String[] parts = path.replace('\\', '/').split("/", -1);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            String d = parts[i];
            if (d.length() > SAVED_FILES.length() && d.endsWith(SAVED_FILES)) {
                String page = prefix + d.substring(0, d.length() - SAVED_FILES.length());
                if (exists.test(page + ".html") || exists.test(page + ".htm")) {
                    return true;
                }
            }
            prefix.append(d).append('/');
        }
        return false;
    }

    /** What browsers add to a page's file name for the folder of what it needs (Chromium, Firefox, Edge). */
    static final String SAVED_FILES = "_files";

    public static boolean isPageName(Path p) {
        return isPageName(p.getFileName().toString());
    }

    /** A file name a folder's pages have: .html, .htm, .txt, .mhtml, .mht or .webarchive, in any case. */
    public static boolean isPageName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt") || n.endsWith(".mhtml") || n.endsWith(".mht")
                || n.endsWith(".webarchive");
    }
}
