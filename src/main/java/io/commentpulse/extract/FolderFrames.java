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
 * file) are opened, up to the size a page may have, and on this machine's disk only where they really lie there (a
 * link out of the folder is not followed); a frame that still names a web address was not saved, and a sibling page
 * the frame names is a page of its own. The files are read from this machine's disk, or through a {@link Storage} (a
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

    private final URI root;
    private final URI dir;
    private final Storage storage;

    /** The frames of the page saved at {@code page} on this machine's disk. */
    public FolderFrames(Path page) {
        this(page.toAbsolutePath().normalize().toUri(), null);
    }

    /** The frames of the page at {@code page} (an absolute address), read from {@code storage} (null: this disk). */
    public FolderFrames(URI page, Storage storage) {
        this(folder(page), page.resolve("."), storage == null ? disk(folder(page)) : storage);
    }

    /** The folder a browser saves a page's frames in: its file's name without the extension, plus "_files". */
    private static URI folder(URI page) {
        String path = page.getPath() == null ? "" : page.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        try {
            return page.resolve(new URI(null, null, stem + PageSource.SAVED_FILES + "/", null));
        } catch (URISyntaxException e) {
            return page.resolve(".");
        }
    }

    private FolderFrames(URI root, URI dir, Storage storage) {
        this.root = root;
        this.dir = dir;
        this.storage = storage;
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
            if (!file.toString().startsWith(root.toString())) {
                return Optional.empty();
            }
            byte[] bytes = storage.read(file, MAX_BYTES);
            return bytes == null ? Optional.empty()
                    : Optional.of(new Frame(PageDecoder.frameText(bytes, null), new FolderFrames(root, file.resolve("."), storage)));
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();   // a frame that cannot be read is left out, as a browser offline shows it
        }
    }
}
