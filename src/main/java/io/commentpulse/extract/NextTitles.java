package io.commentpulse.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tail of a comment's text in a copy of a thread whose readers title their comments: the next comment's title,
 * which stands right over the next byline ("RE: Deep disappointment" / "By EnzoFX on 5/15/2013 2:22:26 PM"), so a text
 * that runs to the next byline ends with it; under it, a collapsed comment's bar ("RE: Deep disappointment By
 * Cheesew1z69 on 5/15/13, Rating: -1", its text hidden) and the thread's control under each reply ("Parent").
 */
final class NextTitles {
    private NextTitles() {
    }

    /** Titles are short: a subject line, not a sentence of the comment's. */
    private static final int TITLE_WORDS = 12;
    /** A thread titles its comments when this many texts (and half of them at least) end in the next one's title. */
    private static final int TITLED = 3;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!:;]$");
    private static final Pattern BY = Pattern.compile("(?i)(?:^|\\s)by\\s+\\S");

    /**
     * Takes the next comment's title off the end of each text that runs on to the next byline, when at least
     * {@link #TITLED} texts and half of those followed by a byline end so; then, from the texts so cut, a collapsed
     * comment's bar left at the end and a short line that ends {@link #TITLED} or more of them (a control).
     *
     * @param lines      the copy's lines
     * @param bodies     each comment's text lines, in thread order (changed in place)
     * @param nextByline for each text, the line of the byline that follows it, or -1 (the last, or one not under it)
     * @param options    the zone a collapsed bar's date is read in
     * @return how many texts lost the next byline's title (0: the bylines are not titled)
     */
    static int drop(List<String> lines, List<List<String>> bodies, int[] nextByline, ExtractOptions options) {
        List<Integer> titled = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int followed = 0;
        for (int k = 0; k < bodies.size(); k++) {
            int n = nextByline[k];
            if (n <= 0) {
                continue;
            }
            followed++;
            // the line over the byline; or, over the blank line a copy leaves between them, a title the next
            // text opens with
            String title = lines.get(n - 1).strip();
            int t = CopyLines.previousNonBlank(lines, n);
            String over = t >= 0 ? lines.get(t).strip() : "";
            if (title.isEmpty() && t == n - 2 && k + 1 < bodies.size() && echoes(over, bodies.get(k + 1))) {
                title = over;
            } else if (!title(title) && !(k + 1 < bodies.size() && echoes(title, bodies.get(k + 1)))) {
                continue;
            }
            if (standsApart(bodies.get(k), title, options)) {
                titled.add(k);
                titles.add(title);
            }
        }
        // (titles differ from comment to comment; a line that is the same over every byline is the thread's control)
        if (titled.size() < TITLED || titled.size() * 2 < followed
                || titles.stream().distinct().count() < 2) {
            return 0;
        }
        for (int k : titled) {
            List<String> body = bodies.get(k);
            removeLast(body);
            last(body).filter(l -> collapsedBar(l, options)).ifPresent(l -> removeLast(body));
        }
        Map<String, Integer> ends = new HashMap<>();
        for (int k : titled) {
            last(bodies.get(k)).map(String::strip).filter(NextTitles::control).ifPresent(l -> ends.merge(l, 1, Integer::sum));
        }
        for (int k : titled) {
            List<String> body = bodies.get(k);
            if (last(body).map(l -> ends.getOrDefault(l.strip(), 0) >= TITLED).orElse(false)) {
                removeLast(body);
            }
        }
        return titled.size();
    }

    /**
     * The text ends in the title as a block of its own: a blank line (or a collapsed comment's bar) over it, and text of
     * the comment's own above that; a comment's last line, right under its other lines, is its own.
     */
    private static boolean standsApart(List<String> body, String title, ExtractOptions options) {
        int j = body.size() - 1;
        while (j >= 0 && body.get(j).isBlank()) {
            j--;
        }
        if (j < 1 || !body.get(j).strip().equals(title)) {
            return false;
        }
        int above = j - 1;
        if (!body.get(above).isBlank() && !collapsedBar(body.get(above), options)) {
            return false;
        }
        for (int i = above; i >= 0; i--) {
            if (!body.get(i).isBlank() && !collapsedBar(body.get(i), options)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title the site cut from the start of its comment's text ("Hallo,..." over "Hallo, was ist denn mit …"): the
     * next text opens with it, less its dots; a sentence's end does not matter then.
     */
    private static boolean echoes(String title, List<String> next) {
        String cut = title.replaceFirst("\\s*(?:\\.{3}|…)$", "");
        if (cut.length() < 4) {
            return false;
        }
        for (String l : next) {
            if (!l.isBlank()) {
                return l.strip().startsWith(cut);
            }
        }
        return false;
    }

    /** A subject line: a few words that end no sentence. */
    private static boolean title(String line) {
        return !line.isEmpty() && Spaces.count(line) <= TITLE_WORDS && !SENTENCE_END.matcher(line).matches();
    }

    /** A control under a comment: one to three words, no sentence ("Parent", "Report abuse"). */
    private static boolean control(String line) {
        return !line.isEmpty() && Spaces.count(line) <= 3 && !SENTENCE_END.matcher(line).matches()
                && !line.matches(".*[?)\"”]$");
    }

    /** A collapsed comment's bar: its title, "by" and its author, and its date, on one short line. */
    private static boolean collapsedBar(String line, ExtractOptions options) {
        return line.length() <= 160 && BY.matcher(line).find()
                && TimestampParser.find(line, options.zone(), null).isPresent();
    }

    private static Optional<String> last(List<String> body) {
        for (int j = body.size() - 1; j >= 0; j--) {
            if (!body.get(j).isBlank()) {
                return Optional.of(body.get(j));
            }
        }
        return Optional.empty();
    }

    /** Removes the last non-blank line and the blank lines after it. */
    private static void removeLast(List<String> body) {
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
            body.remove(body.size() - 1);
        }
        if (!body.isEmpty()) {
            body.remove(body.size() - 1);
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
            body.remove(body.size() - 1);
        }
    }
}
