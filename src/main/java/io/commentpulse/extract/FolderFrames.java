package io.commentpulse.extract;

import java.io.IOException;
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
 * may have; a frame that still names a web address was not saved.
 */
public final class FolderFrames implements Frames {
    /** The largest frame document read (as a page's default limit). */
    private static final long MAX_BYTES = ExtractOptions.DEFAULT_MAX_BYTES;

    private final Path root;
    private final Path dir;

    /** The frames of the page saved at {@code page}. */
    public FolderFrames(Path page) {
        Path parent = page.toAbsolutePath().normalize().getParent();
        this.root = parent;
        this.dir = parent;
    }

    private FolderFrames(Path root, Path dir) {
        this.root = root;
        this.dir = dir;
    }

    @Override
    public Optional<Frame> open(String src) {
        if (dir == null || src.isEmpty() || src.startsWith("//") || src.startsWith("/")
                || src.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();   // a web address, an absolute path or about:blank: not saved with the page
        }
        String path = src.replaceFirst("[?#].*", "");
        String name = path.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".html") || name.endsWith(".htm"))) {
            return Optional.empty();
        }
        try {
            Path file = dir.resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(new Frame(PageDecoder.frameText(bytes, null), new FolderFrames(root, file.getParent())));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();   // a frame that cannot be read is left out, as a browser offline shows it
        }
    }
}
