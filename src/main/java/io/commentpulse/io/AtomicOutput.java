package io.commentpulse.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written next to its target under a temporary name and renamed into place on {@link #commit()}.
 * Closing without commit deletes the temporary file, so readers never see a half-written output.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;

    private AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        FileTrees.removeStale(dir, "." + this.target.getFileName(), ".tmp");
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName(), ".tmp");
        try {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: keep the default permissions
        }
        this.stream = Files.newOutputStream(temp);
    }

    public static AtomicOutput open(Path target) throws IOException {
        return new AtomicOutput(target);
    }

    /** Writes a whole string to {@code target} atomically. */
    public static void writeString(Path target, String content) throws IOException {
        try (AtomicOutput out = open(target)) {
            out.writer().write(content);
            out.commit();
        }
    }

    public OutputStream stream() {
        return stream;
    }

    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    public Path target() {
        return target;
    }

    /** Flushes, closes and renames the temporary file over the target. */
    public void commit() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        stream.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
