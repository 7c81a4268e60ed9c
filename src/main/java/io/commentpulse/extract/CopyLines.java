package io.commentpulse.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.commentpulse.extract.TextBylines.DIGIT;
import static io.commentpulse.extract.TextBylines.controlsOnly;
import static io.commentpulse.extract.TextBylines.words;
import static io.commentpulse.extract.TextListings.CLOCK;
import static io.commentpulse.extract.TextListings.YEAR;

/**
 * The lines of a plain-text copy as a browser laid them out: where it wrapped a line because it was full, the next
 * non-blank line, and the mending of a byline that the copy cut over two lines (a date from its time, a byline from
 * its controls, a month glued to a name).
 */
final class CopyLines {
    private CopyLines() {
    }

    /**
     * The width at which a text browser wrapped this copy: its longest line's length, when at least five lines and one
     * in twenty come within eight characters of it (a browser fills its lines to about the same width); else no width
     * (a copy whose lines are the page's own, pasted from a browser window, was not wrapped).
     */
    static int wrapWidth(List<String> lines) {
        int max = lines.stream().mapToInt(String::length).max().orElse(0);
        long text = lines.stream().filter(l -> !l.isBlank()).count();
        long full = lines.stream().filter(l -> l.length() >= max - 8).count();
        return full >= 5 && full * 20 >= text ? max : Integer.MAX_VALUE / 2;
    }

    /**
     * {@code line} is a line a text browser broke because it was full, so that {@code next} continues it: the first
     * word of {@code next} would not have fit on it within the copy's width (its longest line), and it ends no
     * sentence or label. A long line that had room for the next word was ended by the page, not by the browser.
     */
    static boolean wrapped(String line, String next, int width) {
        String first = next.strip().split("\\s+", 2)[0];
        return line.length() >= 40 && line.split(" ").length >= 6 && line.length() + 1 + first.length() > width
                && !line.matches(".*[.!?:;…)\\]\"”»]$");
    }

    /**
     * The copy laid out again as a browser {@value #READ_WIDTH} columns wide lays it out, the width the text rules
     * were made at, when it was wrapped at another ({@link #wrapWidth}): each line the browser broke because it was
     * full is joined to the line it runs on into ({@link #runsOn}), and what is longer than {@value #READ_WIDTH}
     * columns is wrapped there. At 60 columns a paragraph's line may end on "… of the European Space Agency said" or
     * "… decision on peace" over "talks 4 hrs ago", which the rules would read as bylines. A copy at most {@value
     * #READ_WIDTH_SLACK} columns narrower than that, a wider one, or one not wrapped at all (pasted from a browser
     * window) is returned as it is; so is every line the browser did not break. (Wider copies read about as well as
     * copies 100 wide, and a copy's longest lines, a table's, may run past the width it was wrapped at, so that its
     * width reads wider than it was.) Lengths count the line's indentation, as the browser did.
     */
    static List<String> atReadWidth(List<String> lines) {
        int width = wrapWidth(lines);
        if (width >= READ_WIDTH - READ_WIDTH_SLACK) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder joined = new StringBuilder(lines.get(i));
            String last = lines.get(i);
            while (i + 1 < lines.size() && runsOn(last.stripTrailing(), lines.get(i + 1), width)) {
                last = lines.get(++i);
                joined.setLength(joined.toString().stripTrailing().length());
                joined.append(' ').append(last.strip());
            }
            rewrap(joined.toString(), out);
        }
        return out;
    }

    /** The width the rules read copies at: a copy wrapped at another width is laid out again at this one. */
    private static final int READ_WIDTH = 100;
    /** How much narrower than {@link #READ_WIDTH} a copy may be and be read as it is (browsers fill lines unevenly). */
    private static final int READ_WIDTH_SLACK = 8;

    /** {@code line} as a browser {@link #READ_WIDTH} columns wide prints it, its lines added to {@code out}. */
    private static void rewrap(String line, List<String> out) {
        if (line.length() <= READ_WIDTH) {
            out.add(line);
            return;
        }
        int indent = line.length() - line.stripLeading().length();
        String lead = line.substring(0, indent);
        String[] words = line.strip().split(" +");
        String more = lead + " ".repeat(words.length > 1 && words[0].length() <= 2 && !Character.isLetterOrDigit(
                words[0].charAt(0)) ? words[0].length() + 1 : 0);   // a list item's next lines stand under its text
        StringBuilder b = new StringBuilder(lead);
        boolean empty = true;
        for (String w : words) {
            if (!empty && b.length() + 1 + w.length() > READ_WIDTH) {
                out.add(b.toString());
                b = new StringBuilder(more);
                empty = true;
            }
            if (!empty) {
                b.append(' ');
            }
            b.append(w);
            empty = false;
        }
        out.add(b.toString());
    }

    /**
     * {@code next} goes on with {@code line}'s words: the browser broke {@code line} because it was full, and {@code
     * next} is no picture or button of its own, nor the text under a byline, nor a byline under a comment's last words
     * ("… while curling is fun but cold, ice cold" / "Posted by TexARC | Report as abusive"; "… on the highway" /
     * "Sandra said:").
     */
    private static boolean runsOn(String line, String next, int width) {
        return !next.isBlank() && !INLINE_BOX.matcher(next).lookingAt() && wrapped(line, next, width)
                && !dateEndsOn(line, next) && !bylineOpens(next.strip());
    }

    /**
     * A line that is a byline of its own: "Posted by …", or a name that says what follows ("Sandra said:", "Bob
     * schrieb:"; with its colon or dots, as a sentence's "…, Kevin Marsh said" has none).
     */
    private static boolean bylineOpens(String next) {
        return AuthorNames.STRONG_BY.matcher(next).lookingAt() || (next.endsWith(":") || next.endsWith("…")
                || next.endsWith("...")) && TextBylines.saidLine(next) != null;
    }

    /**
     * A line that opens on what a text browser prints for a picture, a button or a field ("[avatar_small.jpg]",
     * "[Reply]", "[ ]"): a box of its own after the words above, not their next word, even where the browser moved it
     * down because it did not fit.
     */
    private static final Pattern INLINE_BOX = Pattern.compile("\\s*\\[");

    /**
     * A line whose date ends on it: a byline, which a copy without blank lines between blocks (lynx's) runs on into
     * the comment under it at about a full line's width ("By EnzoFX on 5/15/2013 2:22:26 PM , Rating: 4" / "His point
     * is …"), so it is not joined to a next line of words. A byline the copy cut inside its date ("Posted by: Janet |
     * Thursday, November 08, 2012 at" / "01:26 PM") is joined: the date read over both lines ends on the next one; so
     * is one whose last controls it moved down ("… 1:47 PM EDT up reply" / "actions").
     */
    private static boolean dateEndsOn(String line, String next) {
        if (line.codePoints().noneMatch(Character::isDigit)) {
            return false;
        }
        Optional<TimestampParser.Match> own = TimestampParser.find(line, ZoneOffset.UTC, null);
        if (own.isEmpty()) {
            return false;
        }
        Optional<TimestampParser.Match> joined = TimestampParser.find(line + " " + next.strip(), ZoneOffset.UTC, null);
        return (joined.isEmpty() || joined.get().end() <= line.length()) && !bylineTail(next.strip());
    }

    /**
     * A byline's end that the copy moved to the next line ("… 1:47 PM EDT up reply" / "actions"): three short words at
     * most; a line of more, or a link's address alone, is the text under the byline.
     */
    private static boolean bylineTail(String next) {
        return next.length() <= 24 && next.split("\\s+").length <= 3;
    }

    /** The last line before line {@code i} that is not blank, or -1. */
    static int previousLine(List<String> lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        return j;
    }

    /** The first line after line {@code i} that {@code skip} does not pass over, looking at most {@code reach} ahead. */
    static int nextLine(List<String> lines, int i, int reach, java.util.function.Predicate<String> skip) {
        int j = i + 1;
        while (j < lines.size() && skip.test(lines.get(j)) && j <= i + reach) {
            j++;
        }
        return j;
    }

    static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    static boolean blankish(String line) {
        return !LETTER_OR_DIGIT.matcher(line).find();
    }

    static final Pattern NO_BREAK_SPACE = Pattern.compile("[\u00a0\u2007\u202f]");

    static final Pattern DANGLING = Pattern.compile("(?i).*\\p{Nd}.*(?:\\bat|\\bum|\\bà|@|,|-|–|،|الساعة)$");
    /**
     * {@link #DANGLING}'s end alone. A line matches {@link #DANGLING} where this matches at its end, a digit stands in
     * it (the end holds none, so before it) and no line break (its {@code .} reads none): the same answer without
     * trying every split of a long line between its two {@code .*}.
     */
    private static final Pattern DANGLING_END = Pattern.compile("(?i)(?:\\bat|\\bum|\\bà|@|,|-|–|،|الساعة)$");
    /** The last characters {@link #DANGLING} may match at (either case: the test is only a quick way out). */
    private static final String DANGLING_ENDS = "tTmMàÀ@,-–،ة";

    /** A line whose date runs on to the next line ("… 9, 2012 at"). */
    static boolean dangling(String line) {
        return !line.isEmpty() && DANGLING_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0
                && line.codePoints().anyMatch(Character::isDigit) && TextEnds.noLineBreak(line, line.length())
                && endsWith(DANGLING_END, line);
    }

    /**
     * Whether {@code end}, a pattern that ends with {@code $} and matches at most 8 characters, matches at the end of
     * {@code line}: looked for in its last 8 characters only (a line may be a whole paragraph).
     */
    private static boolean endsWith(Pattern end, String line) {
        return end.matcher(line).region(Math.max(0, line.length() - 8), line.length()).useTransparentBounds(true).find();
    }

    /** A time zone's abbreviation after a time: "5:06 pm EDT", "13:47 MEZ". */
    static final Pattern ZONE = Pattern.compile("(?i)[ECMP][SD]?T|UTC|GMT|CES?T|MES?Z|BST|IST|AES?T");

    /** A time alone on its line, in ASCII or Arabic-Indic digits, with a.m./p.m. or the Arabic ص / م, and its zone. */
    private static final Pattern TIME_LINE = Pattern.compile("(?i)\\p{Nd}{1,2}[:h]\\p{Nd}{2}(?::\\p{Nd}{2})?\\s*(?:[ap]\\.?\\s?m\\.?|uhr|h"
            + "|(?:ص|م)(?:باحا|ساء)?\\p{M}*)?(?:\\s+(?:" + ZONE.pattern().replace("(?i)", "") + "))?");

    /**
     * A byline's date and time that a narrow dump wrapped onto two lines ("November 3, 2012 at" / "11:27 am") as one
     * line again, so that the time is not read as the comment's first words and the connector not as a name.
     */
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Januar", "Februar", "März", "Juni", "Juli",
            "Oktober", "Dezember");

    /** A capitalised month name glued to the name before it ("Pam@TheMeltawaysAugust 5, 2012"): a Blogger dump. */
    private static final Pattern GLUED_MONTH = Pattern.compile("(?<=[\\p{Ll}\\p{N}@._])(?=(?:" + String.join("|", MONTHS)
            + ") \\d{1,2}\\b)");

    /**
     * A numeric date glued to the name before it ("internetricks4u8/12/2012"): a Blogger dump; with a two-digit year
     * when a time follows ("Dr. Joan McGettigan10/28/12 5:33 PM": a browser's copy of a Blogger page).
     */
    private static final Pattern GLUED_NUMERIC_DATE = Pattern.compile("(?<=\\p{L}|\\p{L}\\d)(?=\\d{1,2}/\\d{1,2}/"
            + "(?:\\d{4}\\b|\\d{2}\\s+\\d{1,2}:\\d{2}))");

    /**
     * A relative time glued to the name before it and ending the line ("Elsa6 days ago", "Chili Dave5 days ago"): a
     * name and its time in two inline boxes, copied without a space between them.
     */
    private static final Pattern GLUED_AGO = Pattern.compile("(?<=\\p{L})(?=\\d{1,3}\\s+(?:second|sec|minute|min|hour|hr|"
            + "day|week|month|year)s?\\s+ago\\s*$)");

    static String unglueMonth(String line) {
        if (line.length() > 140) {
            return line;
        }
        if (line.endsWith("ago")) {
            line = GLUED_AGO.matcher(line).replaceFirst(" ");
        }
        if (line.indexOf('/') > 0) {
            line = GLUED_NUMERIC_DATE.matcher(line).replaceFirst(" ");
        }
        for (String m : MONTHS) {
            int at = line.indexOf(m);
            if (at > 0 && !Character.isWhitespace(line.charAt(at - 1))) {
                return GLUED_MONTH.matcher(line).replaceFirst(" ");
            }
        }
        return line;
    }

    private static final Pattern CLOCK_END = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}$");

    private static final Pattern HALF_DAY_LEAD = Pattern.compile("(?i)^[ap]\\.?m\\.?(?:\\s*(?:[a-z]{2,4}t|utc|gmt))?"
            + "(?:\\s*[|·•]\\s*\\S.{0,40})?$");

    private static final Pattern YEAR_END = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d$");

    private static final Pattern TIME_LEAD = Pattern.compile("(?i)^(\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)\\s*[|·•]\\s*(\\S.*)$");

    /** A time alone, or a time and then a byline's controls only: "1:17 PM | Reply". */
    private static boolean timeThenControls(String line) {
        Matcher m = TIME_LEAD.matcher(line);
        return TIME_LINE.matcher(line).matches() || m.matches() && controlsOnly(m.group(2));
    }

    static List<String> rejoinWrappedTimes(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            // "… 9, 2012 at" / "2:13 pm", or a day with its year alone over its time ("August 9th, 2012" / "2:13 pm")
            if (i + 1 < lines.size() && l.length() <= 80 && (dangling(l)
                    || l.length() <= 40 && YEAR.matcher(l).find() && !CLOCK.matcher(l).find())
                    && TIME_LINE.matcher(lines.get(i + 1)).matches()
                    // "… | November 9, 2012 11:51" / "AM | Reply": a byline's clock cut from its half of the day
                    || i + 1 < lines.size() && endsWith(CLOCK_END, l) && HALF_DAY_LEAD.matcher(lines.get(i + 1)).matches()
                    // "… | November 9, 2012" / "1:17 PM | Reply": its time and controls cut from a byline's date
                    || i + 1 < lines.size() && endsWith(YEAR_END, l) && timeThenControls(lines.get(i + 1))) {
                out.add(l + " " + lines.get(++i));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * A byline whose controls the copy wrapped onto the next line ("… 8:19 am Link To Comment | Reply To" / "Comment"):
     * the two lines are one, so the controls' last words are not read as the comment's first. Only a line with a date
     * is joined, and only when its last words and the next line make controls and nothing else.
     */
    static List<String> rejoinWrappedControls(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i + 1 < lines.size() && wrapsControls(l, lines.get(i + 1))) {
                out.add(l + " " + lines.get(++i));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean wrapsControls(String line, String next) {
        if (next.isEmpty() || next.length() > 40 || line.length() > 200 || !DIGIT.matcher(line).find()) {
            return false;
        }
        if (controlsOnly(next)) {
            // "… 3:45 am Link To Comment |" / "Reply To Comment": the run of controls goes on after its separator
            return line.matches(".*\\S\\s*[|·•]$") && endsInControls(line.replaceFirst("\\s*[|·•]$", ""), "")
                    && TimestampParser.find(line, java.time.ZoneOffset.UTC, null).isPresent();
        }
        return endsInControls(line, " " + next) && TimestampParser.find(line, java.time.ZoneOffset.UTC, null).isPresent();
    }

    /** The line's last one to three words, followed by {@code more}, are controls and nothing else. */
    private static boolean endsInControls(String line, String more) {
        String[] words = line.split(" ");
        for (int k = 1; k <= 3 && k < words.length; k++) {
            if (controlsOnly(String.join(" ", java.util.Arrays.asList(words).subList(words.length - k, words.length)) + more)) {
                return true;
            }
        }
        return false;
    }

    static int previousNonBlank(List<String> lines, int from) {
        int j = from - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        return j;
    }
}
