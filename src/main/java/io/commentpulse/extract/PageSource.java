package io.commentpulse.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the user's PATH arguments into page files: files as given, directories walked for .html/.htm/.txt. */
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
                    walk.filter(Files::isRegularFile).filter(PageSource::isPageName).sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(p, "cannot list directory: " + e.getMessage()));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isPageName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt");
    }
}
