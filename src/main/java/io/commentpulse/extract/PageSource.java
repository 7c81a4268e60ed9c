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
                            // only folders below the one named are looked at: a folder above it is the user's choice
                            .filter(f -> !isSavedResource(p.relativize(f).toString(), s -> Files.exists(p.resolve(s))))
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
     * of the same folder plus {@code _files} (or a localized name, {@link #savedFolderStem}), where that page
     * {@code exists}. Paths separated by '/'.
     */
    public static boolean isSavedResource(String path, java.util.function.Predicate<String> exists) {
        String[] parts = path.replace('\\', '/').split("/", -1);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            String stem = savedFolderStem(parts[i]);
            if (stem != null) {
                String page = prefix + stem;
                if (exists.test(page + ".html") || exists.test(page + ".htm")) {
                    return true;
                }
            }
            prefix.append(parts[i]).append('/');
        }
        return false;
    }

    /**
     * The folder a browser saves a page's files in: the page's name without its extension, a "_", "." or "-", and
     * "files" (Chromium, Firefox, Edge), or the word Windows' own language gives it where a Windows browser or Office
     * saved the page ("Artikel-Dateien", "article_fichiers", "artículo_archivos"), in any case.
     */
    private static final java.util.regex.Pattern SAVED_FOLDER = java.util.regex.Pattern.compile("(.+)[_.-](?:files"
            + "|dateien|fichiers|archivos|arquivos|ficheiros|file|bestanden|filer|tiedostot|pliki|soubory|dosyalar|elemei)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** The name (without extension) of the page whose saved files folder {@code folderName} would be, or null. */
    static String savedFolderStem(String folderName) {
        java.util.regex.Matcher m = SAVED_FOLDER.matcher(folderName);
        return m.matches() ? m.group(1) : null;
    }

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
