package io.commentpulse.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs of one run, written into a hidden staging folder inside the target folder and moved into place
 * together only when all of them are complete ({@link #commit}). Until then the previous run's files stay as they
 * were; a run that fails (a full disk, no readable input) leaves them untouched and removes its staging folder. Only
 * the files the run wrote are replaced: other files in the target folder are never touched. Staging folders a killed
 * run left behind are removed once they are ten minutes old.
 */
public final class StagedFolder implements AutoCloseable {
    private static final String PREFIX = ".pulse-staging-";
    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target);
        FileTrees.removeStale(this.target, PREFIX, "");
        this.staging = Files.createTempDirectory(this.target, PREFIX);
    }

    public static StagedFolder open(Path target) throws IOException {
        return new StagedFolder(target);
    }

    /** Where the run writes its files. */
    public Path dir() {
        return staging;
    }

    /** The folder the files end up in. */
    public Path target() {
        return target;
    }

    /**
     * {@link #commit()}, and removes each of {@code outputs} (names of this kind of run's own files) that this run did
     * not write, so that no file of an earlier, different run stays beside the new ones as if it were this run's.
     */
    public void commit(List<String> outputs) throws IOException {
        List<String> stale = new ArrayList<>();
        for (String name : outputs) {
            if (!Files.exists(staging.resolve(name))) {
                stale.add(name);
            }
        }
        commit();
        for (String name : stale) {
            Files.deleteIfExists(target.resolve(name));
        }
    }

    /** Moves every file written into the target folder (each by an atomic rename), then removes the staging folder. */
    public void commit() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(staging)) {
            for (Path p : s) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                    files.add(p);
                }
            }
        }
        for (Path p : files) {
            Path dest = target.resolve(p.getFileName().toString());
            try {
                Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
        FileTrees.delete(staging);
    }

    /** Removes the staging folder; before {@link #commit} this discards the run's files. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            FileTrees.delete(staging);
        }
    }
}
