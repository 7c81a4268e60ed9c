package io.commentpulse.extract;

/**
 * A page saved as one file with what it showed: an MHTML archive ({@link MhtmlArchive}) or a Safari Web Archive
 * ({@link WebArchive}).
 */
public interface SavedArchive {
    /** The page's bytes, still in their own charset. */
    byte[] html();

    /** The charset the archive names for the page, or null. */
    String charset();

    /** When the page was saved, as the archive writes it (an RFC 1123 date), or null. */
    String date();

    /** The address the page was saved from, or null. */
    String location();

    /** The documents of the page's frames, as saved in the archive. */
    Frames frames();
}
