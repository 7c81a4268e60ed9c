package io.commentpulse.cli;

/** A user error detected after option parsing (a missing file, a bad value): exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
