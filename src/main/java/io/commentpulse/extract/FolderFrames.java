package io.commentpulse.extract;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The frames of a page saved as "Webpage, Complete" (Chromium, Firefox, Edge): the browser writes each frame's
 * document into the folder beside the page ({@code Article_files/saved_resource.html}) and points the frame's
 * {@code src} at it by a relative path. Only HTML files under the page's own folder are opened, up to the size a page
 * may have; a frame that still names a web address was not saved. The files are read from this machine's disk, or
 * through a {@link Storage} (a Spark job's Hadoop file system).
 */
public final class FolderFrames implements Frames {
    /** Where saved files are read: {@code null} when there is no such file or it is larger than {@code max} bytes. */
    @FunctionalInterface
    public interface Storage {
        byte[] read(URI file, long max) throws IOException;
    }

    /** This machine's disk. */
    public static final Storage DISK = (file, max) -> {
        Path p = Path.of(file);
        return Files.isRegularFile(p) && Files.size(p) <= max ? Files.readAllBytes(p) : null;
    };

    /** The largest frame document read (a page's default limit). */
    private static final long MAX_BYTES = ExtractOptions.DEFAULT_MAX_BYTES;

    private final URI root;
    private final URI dir;
    private final Storage storage;

    /** The frames of the page saved at {@code page} on this machine's disk. */
    public FolderFrames(Path page) {
        this(page.toAbsolutePath().normalize().toUri(), DISK);
    }

    /** The frames of the page at {@code page} (an absolute address), read from {@code storage}. */
    public FolderFrames(URI page, Storage storage) {
        this(page.resolve("."), page.resolve("."), storage);
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
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
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
