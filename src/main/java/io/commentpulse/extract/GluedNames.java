package io.commentpulse.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Bylines of a text copy that glue the commenter's name to the name of the reader answered, with no space between
 * ("jnovo22Patrick Allan" on Kinja: the two names were two links side by side). A byline is read as two names only when
 * each half also stands alone on a line of the same copy, the first as a caption right above the glued line (a
 * profile's caption over each comment), and the name answered is itself a commenter of the page, so that a name which
 * only looks like two ("McDonald", "DeAndre"; a spammer's "prozacbuy"; "MaryAnn" under Mary's comment) is never cut.
 */
final class GluedNames {
    private static final int LONGEST = 40;

    private final Set<String> alone = new HashSet<>();
    private final List<String> lines;

    GluedNames(List<String> lines) {
        this.lines = lines.stream().map(String::strip).toList();
        for (String t : this.lines) {
            if (!t.isEmpty() && t.length() <= LONGEST) {
                alone.add(t);
            }
        }
    }

    /**
     * {@code name} stands alone over the glued line within four lines, no date between: the caption of the same
     * comment's profile ("jnovo22" / "ProfileFollowUnfollow" / "[17jcxnuqmm]" / "jnovo22Patrick Allan"), not the
     * name of an earlier commenter whose comment ends above.
     */
    private boolean captioned(String glued, String name) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals(glued)) {
                continue;
            }
            for (int j = i - 1, seen = 0; j >= 0 && seen < 4; j--) {
                String l = lines.get(j);
                if (l.isEmpty()) {
                    continue;
                }
                seen++;
                if (l.equals(name)) {
                    return true;
                }
                if (TimestampParser.find(l, ZoneOffset.UTC, null).isPresent()) {
                    break;
                }
            }
        }
        return false;
    }

    /** Each byline's commenter: the first name of a glued pair, else the byline as it is. */
    List<String> commenters(List<String> bylines) {
        List<String[]> pairs = bylines.stream().map(this::split).toList();
        Set<String> commenters = new HashSet<>(bylines);
        pairs.stream().filter(Objects::nonNull).forEach(p -> commenters.add(p[0]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bylines.size(); i++) {
            String[] p = pairs.get(i);
            out.add(p != null && commenters.contains(p[1]) ? p[0] : bylines.get(i));
        }
        return out;
    }

    /** The two names a byline may glue, or null when no cut gives two names standing alone elsewhere. */
    private String[] split(String byline) {
        if (byline.length() > 2 * LONGEST || byline.length() < 4) {
            return null;
        }
        for (int k = 2; k <= byline.length() - 2; k++) {
            if (Character.isWhitespace(byline.charAt(k - 1)) || Character.isWhitespace(byline.charAt(k))) {
                continue;
            }
            String name = byline.substring(0, k);
            String answered = byline.substring(k);
            if (alone.contains(name) && alone.contains(answered) && captioned(byline, name)) {
                return new String[] {name, answered};
            }
        }
        return null;
    }
}
