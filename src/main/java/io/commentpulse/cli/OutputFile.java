package io.commentpulse.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The check every command that writes one file makes of its --out before it reads anything. */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * Refuses (a usage error) an --out that cannot become the file: an existing folder, or a path under something
     * that is a file; said before any work is done.
     */
    static Path check(Path out) {
        if (Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a folder; give the name of the file to write");
        }
        for (Path p = out.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new UsageException("--out " + out + ": " + p + " is a file, not a folder");
            }
        }
        return out;
    }

    /** As {@link #check(Path)}, and refuses an --out that is one of the command's own inputs (it would replace it). */
    static Path check(Path out, java.util.Collection<Path> inputs) {
        check(out);
        Path target = out.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (in != null && in.toAbsolutePath().normalize().equals(target)) {
                throw new UsageException("--out " + out + " is also an input: the input would be replaced; write "
                        + "to another file");
            }
        }
        return out;
    }
}
