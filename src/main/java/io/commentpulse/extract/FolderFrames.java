package io.commentpulse.extract;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The frames of a page saved as "Webpage, Complete" (Chromium, Firefox, Edge): the browser writes each frame's
 * document into the folder beside the page ({@code Article_files/saved_resource.html}) and points the frame's
 * {@code src} at it by a relative path. Only HTML files inside that folder ({@code PAGE_files/}, named after the page's
 * file, or {@code PAGE-Dateien/} and the other names a Windows browser gives it in its language) are opened, up to
 * the size a page may have, and on this machine's disk only where they really lie there (a link out of the folder is
 * not followed); a frame that still names a web address was not saved, and a sibling page the frame names is a page
 * of its own. The files are read from this machine's disk, or through a {@link Storage} (a
 * Spark job's Hadoop file system).
 */
public final class FolderFrames implements Frames {
    /** Where saved files are read: {@code null} when there is no such file or it is larger than {@code max} bytes. */
    @FunctionalInterface
    public interface Storage {
        byte[] read(URI file, long max) throws IOException;
    }

    /** This machine's disk, files whose real place (links followed) is inside {@code folder} only. */
    static Storage disk(URI folder) {
        return (file, max) -> {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p) || Files.size(p) > max
                    || !p.toRealPath().startsWith(Path.of(folder).toRealPath())) {
                return null;
            }
            return Files.readAllBytes(p);
        };
    }

    /** The largest frame document read (a page's default limit). */
    private static final long MAX_BYTES = ExtractOptions.DEFAULT_MAX_BYTES;

    /** The saved files folder frames are read from; null on the page itself, until a frame names one. */
    private final URI root;
    /** The page's file name without its extension, which its saved files folder starts with. */
    private final String stem;
    private final URI dir;
    /** Where files are read; null: this machine's disk, within {@code root}. */
    private final Storage storage;

    /** The frames of the page saved at {@code page} on this machine's disk. */
    public FolderFrames(Path page) {
        this(page.toAbsolutePath().normalize().toUri(), null);
    }

    /** The frames of the page at {@code page} (an absolute address), read from {@code storage} (null: this disk). */
    public FolderFrames(URI page, Storage storage) {
        this(null, stem(page), page.resolve("."), storage);
    }

    /** The page's file name without its extension. */
    private static String stem(URI page) {
        String path = page.getPath() == null ? "" : page.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private FolderFrames(URI root, String stem, URI dir, Storage storage) {
        this.root = root;
        this.stem = stem;
        this.dir = dir;
        this.storage = storage;
    }

    /**
     * The saved files folder {@code file} lies in: this frame's folder, or on the page itself the folder beside it
     * named after it ({@code PAGE_files}, {@code PAGE-Dateien}, …: {@link PageSource#savedFolderStem}); null when
     * {@code file} is outside it.
     */
    private URI folderOf(URI file) {
        if (root != null) {
            return file.toString().startsWith(root.toString()) ? root : null;
        }
        String rest = file.toString().startsWith(dir.toString()) ? file.getPath().substring(dir.getPath().length()) : "";
        int slash = rest.indexOf('/');
        if (slash <= 0 || !stem.equals(PageSource.savedFolderStem(rest.substring(0, slash)))) {
            return null;
        }
        try {
            return dir.resolve(new URI(null, null, rest.substring(0, slash + 1), null));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    @Override
    public Optional<Frame> open(String src) {
        if (src.isEmpty() || src.startsWith("//") || src.startsWith("/") || src.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();   // a web address, an absolute path or about:blank: not saved with the page
        }
        String path = src.replaceFirst("[?#].*", "");
        String name = path.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".html") || name.endsWith(".htm"))) {
            return Optional.empty();
        }
        try {
            String decoded = Frames.unescaped(path);
            if (decoded.indexOf('\\') >= 0) {
                return Optional.empty();   // no address writes a backslash; on some systems it would climb out
            }
            URI file = dir.resolve(new URI(null, null, decoded, null)).normalize();
            URI folder = folderOf(file);
            if (folder == null) {
                return Optional.empty();
            }
            byte[] bytes = (storage == null ? disk(folder) : storage).read(file, MAX_BYTES);
            return bytes == null ? Optional.empty() : Optional.of(new Frame(PageDecoder.frameText(bytes, null),
                    new FolderFrames(folder, stem, file.resolve("."), storage)));
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();   // a frame that cannot be read is left out, as a browser offline shows it
        }
    }
}
