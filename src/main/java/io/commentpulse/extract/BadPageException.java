package io.commentpulse.extract;

/** A page that cannot be extracted, with a one-line reason meant for the user. */
public final class BadPageException extends Exception {
    public BadPageException(String reason) {
        super(reason);
    }
}
