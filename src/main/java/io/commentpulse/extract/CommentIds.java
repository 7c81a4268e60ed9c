package io.commentpulse.extract;

import io.commentpulse.io.Hashing;

import java.util.HashMap;
import java.util.Map;

/**
 * Stable ids: an article id from the page's canonical URL (else its bytes), and per comment a hash of its author,
 * time and text, so the same input always gives the same ids and adding a comment does not renumber the others.
 * Genuine repeated posts get a running suffix.
 */
final class CommentIds {
    private final String articleId;
    private final Map<String, Integer> seen = new HashMap<>();

    CommentIds(String articleId) {
        this.articleId = articleId;
    }

    static String articleId(String canonicalUrl, String bytesHash) {
        String basis = canonicalUrl == null || canonicalUrl.isBlank() ? "bytes:" + bytesHash : "url:" + canonicalUrl;
        return "a" + Hashing.sha256(basis).substring(0, 12);
    }

    String next(String author, String timestampRaw, String text) {
        String h = Hashing.sha256(author + '\u0000' + timestampRaw + '\u0000' + text).substring(0, 10);
        int n = seen.merge(h, 1, Integer::sum);
        return articleId + "-" + h + (n > 1 ? "-" + n : "");
    }
}
