package io.commentpulse.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing folders and what killed writers left behind. */
public final class FileTrees {
    /** A temporary file or folder untouched this long was left by a killed writer, not by one still writing. */
    public static final long STALE_MILLIS = 10 * 60 * 1000;

    private FileTrees() {
    }

    /** Deletes a file or a folder with everything in it; nothing when it does not exist. */
    public static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

    /**
     * Deletes the entries of {@code dir} whose names start with {@code prefix} and end with {@code suffix} and that
     * have not been touched for {@link #STALE_MILLIS}. Best effort: what cannot be listed or deleted is left.
     */
    public static void removeStale(Path dir, String prefix, String suffix) {
        if (dir == null) {
            return;
        }
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(suffix);
        })) {
            for (Path p : s) {
                try {
                    if (now - Files.getLastModifiedTime(p).toMillis() > STALE_MILLIS) {
                        delete(p);
                    }
                } catch (IOException ignored) {
                    // another writer removed it, or it is not ours to delete
                }
            }
        } catch (IOException ignored) {
            // an unreadable folder: the write that follows reports the real problem
        }
    }
}
