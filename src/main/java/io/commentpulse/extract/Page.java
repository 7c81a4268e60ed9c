package io.commentpulse.extract;

import java.nio.file.Path;

/**
 * A decoded page ready for extraction.
 *
 * @param path  where it was read from
 * @param text  the page decoded to a string
 * @param html  true when the content is HTML, false for a plain-text copy of a page
 * @param bytesHash SHA-256 of the raw bytes, used for stable ids when a page has no canonical URL
 * @param warnings  problems that did not stop extraction (wrong charset, truncated markup)
 * @param modified  the file's modification time, read where the file was read (null when unknown)
 * @param savedFrom the address the page was saved from, where the file says it (an MHTML archive does), or null
 * @param frames    the documents its frames show, where they were saved with it (an MHTML archive's parts, a
 *                  "Webpage, Complete" save's {@code _files} folder)
 */
public record Page(Path path, String text, boolean html, String bytesHash, java.util.List<String> warnings,
                   java.time.Instant modified, String savedFrom, Frames frames) {
    public Page(Path path, String text, boolean html, String bytesHash) {
        this(path, text, html, bytesHash, java.util.List.of(), null, null, Frames.NONE);
    }

    /** This page with other text (a variant of it): the same file, hash, warnings, address and frames. */
    public Page withText(String newText, boolean isHtml) {
        return new Page(path, newText, isHtml, bytesHash, warnings, modified, savedFrom, frames);
    }
}
