package io.commentpulse.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reader comments by what they are, not by what a site names them: sibling subtrees of one shape that each
 * carry one date of their own (a {@code time@datetime}, {@code abbr@title}, date property, or a short visible
 * date in any language {@link TimestampParser} reads) and free text beyond it. Containers are visited children
 * first, so a reply list inside a comment is found before the comment list around it, and each comment then counts
 * only the dates and text outside its replies. Groups are rejected when they look like teasers (linked headings,
 * "read more", mostly link text), archives (a date and next to nothing else), forms, or sit in navigation, header,
 * footer or aside. Class and id values are never read.
 */
final class RecordDetector {
    static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "svg", "br", "hr",
            "img", "input", "button", "select", "option", "textarea", "iframe", "link", "meta");
    private static final Set<String> OUTSIDE = Set.of("nav", "aside", "header", "footer");
    private static final Pattern TEASER_LINK = Pattern.compile("(?i)^(?:read more|continue reading|more|learn more|find out more|weiterlesen|mehr erfahren|"
            + "en savoir plus|más información|mas informacion|"
            + "mehr|lire la suite|la suite|leer más|leer mas|seguir leyendo|\\d+\\s+(?:comments?|kommentare?|"
            + "commentaires?|comentarios?|responses?|replies))\\b.*"
            + "|(?:" + CueWords.READ_MORE + "|\\d+\\s+(?:" + CueWords.COMMENTS + "))(?![\\p{L}]).*");
    private static final Pattern CUE_HEADING = Pattern.compile("(?i)(?<![\\p{L}])(?:comments?|kommentare?|"
            + "commentaires?|comentarios?|responses?|replies|reactions?|réactions?|reacties|leserkommentare|leserbriefe|"
            + "discussion|diskussion|discusión|thoughts? on|antworten|respuestas|" + CueWords.READER_OPINIONS + "|"
            + CueWords.COMMENTS + ")(?![\\p{L}])");
    private static final Pattern CUE_LABEL = Pattern.compile("(?i)[\\s\\W]*(?:\\d+|one|two|three|no|ein|eine|zwei|"
            + "un|une|deux|uno|una|dos)?[\\s(]*" + CUE_HEADING.pattern().replace("(?i)", ""));
    private static final Pattern CUE_REPLY = Pattern.compile("(?i)(?:reply|antworten|répondre|repondre|responder|"
            + "rispondi|beantworten|odpowiedz|" + CueWords.REPLY + ")\\s*[↓→»←]?");
    private static final Pattern CUE_SAYS = Pattern.compile("(?i)(?<![\\p{L}])(?:" + CueWords.SAYS + ")(?![\\p{L}])\\s*(?::|\\.\\.\\.|…)");
    /** A byline's "says" word, also with the comma some themes put after it ("jeff said,"). */
    private static final Pattern SAID = Pattern.compile("(?i)(?<![\\p{L}])(?:" + CueWords.SAYS + ")(?![\\p{L}])\\s*(?:[:,…]|\\.\\.\\.)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2}");
    /** A link's scheme and host ("https://example.com"), or its "//host": what is left is the page's path. */
    private static final Pattern SCHEME_HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*", Pattern.CASE_INSENSITIVE);
    /** Another site's excerpt, as trackbacks and pingbacks quote it: a line that opens and ends with "[...]" or "[…]". */
    private static final Pattern EXCERPT = Pattern.compile("(?m)^\\s*\\[(?:\\.\\.\\.|…)\\].*\\[(?:\\.\\.\\.|…)\\]\\s*$");
    /**
     * A slideshow's first slide as a record's first line ("1 of 24", "Photo 1 / 12", "Bild 1 von 8", "1 sur 12"): a
     * photo gallery's frame, whose captions carry dates. A group is galleries only when every record opens so; comments
     * a reader numbered ("1 of 4", "2 of 4") or reviews that open with their rating ("4 sur 5") are not.
     */
    private static final Pattern FIRST_SLIDE = Pattern.compile("(?i)^\\s*(?:(?:photo|image|picture|slide|bild|foto|"
            + "diapositive|imagen)\\s*1\\s*(?:of|von|aus|sur|de|/)|1\\s*(?:of|von|aus|sur|de))"
            + "\\s*(?:[3-9]|[1-9]\\d{1,2})\\s*(?:\\n|$)");
    private static final Pattern PERMALINK = Pattern.compile("(?i)comment|kommentar|reply|antwort|[?&](?:c|cid|p|reply)id=|[?&]cid=");
    private static final int MAX_ANCHOR_TEXT = 120;
    private static final Pattern CONTROL_INPUT = Pattern.compile("(?i)hidden|submit|button|image|reset");
    private static final Pattern HEADING = Pattern.compile("h[1-6]|legend|caption|summary");
    private static final Pattern INLINE = Pattern.compile("span|a|strong|b|em|i|small");
    private static final Pattern DATE_PROPERTY = Pattern.compile("(?i)datecreated|datepublished|commenttime|dc:date");
    private static final Pattern MAYBE_DATE = Pattern.compile("(?i)[0-9\u0660-\u0669\u06F0-\u06F9]|ago\\b|\\bvor\\b|\\bhace\\b|il y a|\\bher\\b|منذ|قبل");
    private static final int MIN_YEAR = 1995;

    private RecordDetector() {
    }

    static List<CommentLocator.Item> locate(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Set<Element> anchors = anchors(body);
        Cues allCues = cues(body);
        Map<Element, Integer> anchorsBelow = below(anchors);
        Map<Element, Integer> repliesBelow = below(replyCues(body));
        Set<Element> records = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, List<Element>> partsOf = new IdentityHashMap<>();
        List<Element> all = body.getAllElements();
        for (Mode mode : Mode.values()) {
            if (mode != Mode.UNDATED && anchors.isEmpty()) {
                continue;
            }
            Cues cues = mode == Mode.UNDATED ? allCues.forUndated() : allCues;
            for (int i = all.size() - 1; i >= 0; i--) {
                Element container = all.get(i);
                if (SKIP.contains(container.normalName()) || container.childrenSize() < 1 || hopeless(mode, container,
                        anchorsBelow, repliesBelow, cues)) {
                    continue;
                }
                int found = records.size();
                for (Group group : groups(container, cues, mode == Mode.LONE, anchors, records)) {
                    if (group.paired() && (mode != Mode.DATED || records.size() > found
                            || !group.ownDated() && (!onePartDated(group, anchorsBelow) || holdsRecord(container, records)))) {
                        continue;   // pairs only where nothing else was found, each a dated byline and its text
                    }
                    if (mode != Mode.UNDATED && dated(group, anchorsBelow) < (mode == Mode.LONE ? 1 : 2)
                            || mode == Mode.UNDATED && (group.size() < 2 || !announced(container, cues, 5)
                            && dated(group, repliesBelow) * 2 < group.size())) {
                        continue;   // cannot pass: not enough members hold a date (or, undated, a comment cue)
                    }
                    acceptGroup(mode, container, group, anchors, anchorsBelow, cues, records, partsOf);
                }
            }
            if (!records.isEmpty()) {
                addLoneReplies(mode, records, anchors, partsOf);
                break;
            }
        }
        if (records.isEmpty()) {
            return List.of();
        }
        List<CommentLocator.Item> out = new ArrayList<>();
        Map<Element, CommentLocator.Item> itemOf = new IdentityHashMap<>();
        for (Element e : all) {
            if (!records.contains(e)) {
                continue;
            }
            CommentLocator.Item parent = null;
            for (Element a = e.parent(); a != null && parent == null; a = a.parent()) {
                parent = itemOf.get(a);
            }
            CommentLocator.Item item = new CommentLocator.Item(e, partsOf.getOrDefault(e, List.of(e)), parent);
            for (Element part : item.parts()) {
                itemOf.put(part, item);   // a reply nested in a later part of its comment (a dd) answers that comment
            }
            out.add(item);
        }
        return out;
    }

    /**
     * Candidate records: their first elements, and the elements each spans where a record is a run of siblings
     * (a {@code dt} and its {@code dd}s; a body and the byline after it).
     */
    private record Group(List<Element> members, Map<Element, List<Element>> units, boolean ownDated) {
        Group(List<Element> members, Map<Element, List<Element>> units) {
            this(members, units, false);
        }

        List<Element> parts(Element m) {
            List<Element> u = units.get(m);
            return u != null ? u : RecordDetector.parts(m);
        }

        int size() {
            return members.size();
        }

        boolean paired() {
            return !units.isEmpty();
        }
    }

    /** Every unit of a paired group has exactly one part holding a date (the byline), the other its text. */
    private static boolean onePartDated(Group group, Map<Element, Integer> anchorsBelow) {
        for (Element m : group.members()) {
            int dated = 0;
            for (Element p : group.parts(m)) {
                dated += anchorsBelow.containsKey(p) ? 1 : 0;
            }
            if (dated != 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsRecord(Element container, Set<Element> records) {
        for (Element e : container.getAllElements()) {
            if (e != container && records.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The children of {@code container} grouped by tag, each group as its list of first elements; in a {@code dl}
     * a {@code dt} and the {@code dd}s after it are one unit. Then runs of two alternating tags (a text block and
     * the byline after or before it, {@code div, p, div, p}) as pairs.
     */
    private static List<Group> groups(Element container, Cues cues, boolean lone, Set<Element> anchors,
                                      Set<Element> records) {
        Map<String, List<Element>> byTag = new LinkedHashMap<>();
        for (Element c : container.children()) {
            if (SKIP.contains(c.normalName()) || c.normalName().equals("dd") && container.normalName().equals("dl")) {
                continue;
            }
            byTag.computeIfAbsent(c.normalName(), k -> new ArrayList<>()).add(c);
        }
        List<List<Element>> out = new ArrayList<>();
        Boolean announced = null;
        for (List<Element> g : byTag.values()) {
            if (lone) {
                // a lone comment: only where the page announces comments right before it or its list
                announced = announced == null ? announced(container, cues, 1) : announced;
                // (siblings that show nothing do not count: an empty "no messages" box, a hidden report form; nor
                // does the form to add one's own below it)
                List<Element> shown = !announced || g.size() == 1 ? g : g.stream()
                        .filter(e -> !HtmlText.of(e).isBlank() && !visibleField(e)).toList();
                if (shown.size() == 1 && announced) {
                    out.add(shown);
                }
            } else if (g.size() >= 2) {
                out.add(g);
            }
        }
        List<Group> blocks = new ArrayList<>();
        if (!lone) {
            List<List<Element>> runs = SiblingRuns.datedBlocks(container, anchors, records, RecordDetector::saysComment);
            if (!runs.isEmpty()) {
                List<Element> heads = new ArrayList<>();
                Map<Element, List<Element>> units = new IdentityHashMap<>();
                for (List<Element> block : runs) {
                    heads.add(block.get(0));
                    units.put(block.get(0), block);
                }
                blocks.add(new Group(heads, units, true));
            }
        }
        String blockTag = blocks.isEmpty() ? null : oneTag(blocks.get(0));
        List<Group> groups = new ArrayList<>();
        for (List<Element> g : out) {
            if (!g.get(0).normalName().equals(blockTag)) {
                groups.add(new Group(g, Map.of()));   // (blocks of one tag explain that tag's siblings better)
                if (!lone) {
                    for (List<Element> kind : SiblingRuns.bySignature(g, e -> teaser(List.of(e)))) {
                        groups.add(new Group(kind, Map.of()));
                    }
                }
            }
        }
        if (!lone) {
            groups.addAll(alternatingPairs(container));
            groups.addAll(blocks);
        }
        return groups;
    }

    /** The one tag of every part of a group's units, or null when they have several. */
    private static String oneTag(Group group) {
        String tag = null;
        for (List<Element> unit : group.units().values()) {
            for (Element e : unit) {
                if (tag != null && !tag.equals(e.normalName())) {
                    return null;
                }
                tag = e.normalName();
            }
        }
        return tag;
    }

    /** Runs of at least two pairs of siblings with two alternating tags, each pair as one unit. */
    private static List<Group> alternatingPairs(Element container) {
        List<Element> kids = new ArrayList<>();
        for (Element c : container.children()) {
            if (!SKIP.contains(c.normalName())) {
                kids.add(c);
            }
        }
        List<Group> out = new ArrayList<>();
        int i = 0;
        while (i + 3 < kids.size()) {
            String a = kids.get(i).normalName();
            String b = kids.get(i + 1).normalName();
            int j = i;
            while (!a.equals(b) && !a.equals("dt") && j + 1 < kids.size() && kids.get(j).normalName().equals(a)
                    && kids.get(j + 1).normalName().equals(b)) {
                j += 2;
            }
            if (j - i >= 4) {
                List<Element> heads = new ArrayList<>();
                Map<Element, List<Element>> units = new IdentityHashMap<>();
                for (int k = i; k < j; k += 2) {
                    heads.add(kids.get(k));
                    units.put(kids.get(k), List.of(kids.get(k), kids.get(k + 1)));
                }
                out.add(new Group(heads, units));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * How a record proves itself: by a date of its own (first pass), or, on pages with no dated records at all
     * (comment systems that print no time), by a name line over free text in a list that the page announces as
     * comments ("12 Comments", "Kommentare", "Réactions"; or "Reply"/"says" in the records). Last, on pages with
     * neither, a single dated record right under such an announcement (a post with one comment).
     */
    enum Mode { DATED, UNDATED, LONE }

    private static void acceptGroup(Mode mode, Element container, Group group, Set<Element> anchors,
                                    Map<Element, Integer> anchorsBelow,
                                    Cues cues, Set<Element> records, Map<Element, List<Element>> partsOf) {
        if (underOutside(container)) {
            return;
        }
        List<Element> qualifying = new ArrayList<>();
        List<List<Element>> qualifyingParts = new ArrayList<>();
        int withText = 0;
        int oneLine = 0;
        int slides = 0;
        int teasers = 0;
        long ownChars = 0;
        long linkChars = 0;
        long beyondDates = 0;
        Set<String> distinct = new java.util.HashSet<>();
        List<Element> members = group.members();
        Map<Element, List<Element>> chains = new IdentityHashMap<>();
        for (Element m : members) {
            List<Element> parts = group.parts(m);
            StringBuilder text = new StringBuilder();
            int ownAnchors = 0;
            int dateChars = 0;
            boolean form = false;
            boolean h1 = false;
            Set<Element> seen = records;
            // (anchorsBelow counts the dates in nested records too: a cheap bound before the exact count)
            if (mode == Mode.DATED && parts.size() == 1 && anchorsBelow.getOrDefault(m, 0) > 3
                    && own(m, anchors, records).anchors > 3) {
                List<Element> chain = chain(m, anchors, records);
                if (!chain.isEmpty()) {
                    chains.put(m, chain);
                    seen = Collections.newSetFromMap(new IdentityHashMap<>());
                    seen.addAll(records);
                    seen.addAll(chain);
                }
            }
            for (Element p : parts) {
                Own own = own(p, anchors, seen);
                ownAnchors += own.anchors;
                dateChars += own.dateChars;
                linkChars += own.linkChars;
                form |= own.form;
                h1 |= own.h1;
                text.append(own.text).append('\n');
            }
            String t = text.toString().strip();
            if (t.isEmpty()) {
                continue;
            }
            withText++;
            if (teaser(parts)) {
                teasers++;
            }
            int beyond = t.replaceAll("\\s+", "").length() - dateChars;
            boolean proof = mode != Mode.UNDATED ? ownAnchors >= 1 && ownAnchors <= 3 && beyond >= 3 : nameOverText(t);
            if (mode == Mode.DATED && (t.indexOf('\n') < 0 || statusLine(t)) && endsInDate(m, anchors)) {
                oneLine++;
            }
            if (proof && EXCERPT.matcher(t).find()) {
                proof = false;   // a trackback: another site's excerpt, "[...] its words [...]"
            }
            if (proof && !form && !h1 && !HtmlText.isHiddenOrUnder(m)) {
                slides += FIRST_SLIDE.matcher(t).lookingAt() ? 1 : 0;
                qualifying.add(m);
                qualifyingParts.add(parts);
                ownChars += t.length();
                beyondDates += beyond;
                distinct.add(t);
            }
        }
        int q = qualifying.size();
        if (q > 0 && slides == q) {
            return;   // photo galleries: "1 of 24" over captions and their dates
        }
        if (oneLine * 2 > withText) {
            return;   // no line of its own for a name or a date: a feed (tweets, headlines), not reader comments
        }
        boolean lone = members.size() == 1;
        if (q < (lone ? 1 : 2) || q * 2 < withText || teasers * 2 >= withText || distinct.size() < (lone ? 1 : 2)
                || beyondDates / q < 12 || ownChars > 0 && (double) linkChars / ownChars > 0.5) {
            return;
        }
        if (!alike(qualifyingParts)) {
            return;
        }
        if (mode == Mode.UNDATED && ((double) linkChars / ownChars > 0.3 || beyondDates / q < 20
                || !announced(container, cues, 5) && !cuedRecords(qualifying) || labelList(distinct))) {
            return;
        }
        for (int i = 0; i < q; i++) {
            records.addAll(chains.getOrDefault(qualifying.get(i), List.of()));
            records.add(qualifying.get(i));
            if (qualifyingParts.get(i).size() > 1) {
                partsOf.put(qualifying.get(i), qualifyingParts.get(i));
            }
        }
    }

    /** A term, a dash or colon, and its short label: "C - Next Comment", "Shift + A - Mark All Read". */
    private static final Pattern LABEL_LINE = Pattern.compile("\\S{1,12}(?:\\s*\\+\\s*\\S{1,12})?\\s+[-–—=:]\\s+\\S.{0,30}");

    /**
     * Every line of every record is a term and its label: a legend or a list of keyboard shortcuts under a thread's
     * heading ("C - Next Comment" / "X - Mark as Read"), no reader's words.
     */
    private static boolean labelList(Set<String> texts) {
        int labels = 0;
        for (String t : texts) {
            for (String line : t.split("\n")) {
                String l = line.strip();
                if (LABEL_LINE.matcher(l).matches()) {
                    labels++;
                } else if (!l.isEmpty() && l.split("\\s+").length > 2) {
                    return false;   // (a group's own heading, "Navigation", may stand over its labels)
                }
            }
        }
        return labels >= 2 * texts.size();
    }

    private static final Pattern HANDLE_COLON = Pattern.compile("^@?[\\p{L}\\p{N}_.]{2,30}:\\s+\\S");

    /**
     * A status update over its time: one line that opens with the poster's handle and a colon, then the date alone
     * ("moorehn: HA! RT @attackerman Consider this a PSA." / "about 2 minutes ago"): a feed's item, as a one-line one.
     */
    private static boolean statusLine(String t) {
        String[] lines = t.strip().split("\n");
        return lines.length == 2 && HANDLE_COLON.matcher(lines[0].strip()).lookingAt();
    }

    /**
     * True when the last words of {@code m} are its date (a feed item's "… 3 hours ago"), not text after a byline
     * ("Ann on May 2: text" is a comment on one line).
     */
    private static boolean endsInDate(Element m, Set<Element> anchors) {
        for (org.jsoup.nodes.Node a = lastText(m); a != null && a != m; a = a.parentNode()) {
            if (a instanceof Element e && anchors.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** The last text of {@code e} that is not blank, in document order, or null. */
    private static TextNode lastText(Element e) {
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            org.jsoup.nodes.Node n = e.childNode(i);
            TextNode t = n instanceof TextNode tn ? (tn.isBlank() ? null : tn) : n instanceof Element c ? lastText(c) : null;
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** A container none of whose groups could pass in this mode: checked before its children are grouped. */
    private static boolean hopeless(Mode mode, Element container, Map<Element, Integer> anchorsBelow,
                                    Map<Element, Integer> repliesBelow, Cues cues) {
        return switch (mode) {
            case DATED -> anchorsBelow.getOrDefault(container, 0) < 2;
            case LONE -> anchorsBelow.getOrDefault(container, 0) < 1 || cues.isEmpty() || !announced(container, cues, 1);
            case UNDATED -> cues.isEmpty() && repliesBelow.getOrDefault(container, 0) < 2;
        };
    }

    /** How many elements hold each marked element (itself included): one walk up from each mark. */
    private static Map<Element, Integer> below(Set<Element> marks) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        for (Element m : marks) {
            for (Element a = m; a != null; a = a.parent()) {
                out.merge(a, 1, Integer::sum);
            }
        }
        return out;
    }

    /** Members of a group holding at least one date (a dt counts the dd's after it). */
    private static int dated(Group group, Map<Element, Integer> anchorsBelow) {
        int n = 0;
        for (Element m : group.members()) {
            for (Element p : group.parts(m)) {
                if (anchorsBelow.containsKey(p)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** A unit's elements: the element itself, or a {@code dt} and the {@code dd}s that follow it. */
    private static List<Element> parts(Element m) {
        if (!m.normalName().equals("dt")) {
            return List.of(m);
        }
        List<Element> parts = new ArrayList<>();
        parts.add(m);
        for (Element s = m.nextElementSibling(); s != null && s.normalName().equals("dd"); s = s.nextElementSibling()) {
            parts.add(s);
        }
        return parts;
    }

    /** What a unit part holds outside the records already found inside it. */
    private static final class Own {
        int anchors;
        int dateChars;
        int linkChars;
        boolean form;
        boolean h1;
        String text = "";
    }

    private static Own own(Element root, Set<Element> anchors, Set<Element> records) {
        Own own = new Own();
        List<Element> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            if (e != root && records.contains(e)) {
                continue;
            }
            if (anchors.contains(e)) {
                own.anchors++;
                own.dateChars += Math.min(e.text().replaceAll("\\s+", "").length(), 40);
            }
            switch (e.normalName()) {
                // a field to fill in is a form; a button alone ("Report abuse" as a one-button form) is a control
                case "textarea", "select" -> own.form = true;
                case "input" -> own.form |= !CONTROL_INPUT.matcher(e.attr("type")).matches();
                case "h1" -> own.h1 = true;
                case "a" -> own.linkChars += e.text().length();
                default -> { }
            }
            List<Element> kids = e.children();
            for (int k = kids.size() - 1; k >= 0; k--) {
                stack.add(kids.get(k));
            }
        }
        own.text = HtmlText.of(root, e -> e != root && records.contains(e));
        return own;
    }

    /**
     * Records of one list are built alike: at least 60% of them have children's tags overlapping (Jaccard 0.5 or
     * more) with those of the most common record shape.
     */
    private static boolean alike(List<List<Element>> units) {
        Map<Set<String>, Integer> count = new HashMap<>();
        List<Set<String>> shapes = new ArrayList<>();
        for (List<Element> parts : units) {
            Set<String> tags = new java.util.TreeSet<>();
            for (Element p : parts) {
                for (Element c : p.children()) {
                    tags.add(c.normalName());
                }
            }
            shapes.add(tags);
            count.merge(tags, 1, Integer::sum);
        }
        Set<String> common = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int alike = 0;
        for (Set<String> t : shapes) {
            Set<String> union = new java.util.HashSet<>(t);
            union.addAll(common);
            Set<String> both = new java.util.HashSet<>(t);
            both.retainAll(common);
            alike += union.isEmpty() || both.size() * 2 >= union.size() ? 1 : 0;
        }
        return alike >= 0.6 * units.size();
    }

    /**
     * An undated comment: a short first line (the name) over at least a sentence of text, not a column of one-word
     * lines (a report menu's "Spam" over "Offensive", "Disagree", "Off-Topic").
     */
    private static boolean nameOverText(String text) {
        String[] lines = text.split("\n", 2);
        return lines.length == 2 && lines[0].length() <= 50 && LETTER.matcher(lines[0]).find()
                && !lines[0].matches(".*[.!?]$") && lines[1].replaceAll("\\s+", "").length() >= 10
                && !oneWordColumn(lines[1]);
    }

    /**
     * Three or more lines, each one bare word of a script that spaces its words ("Offensive", "Off-Topic"; not
     * "Agreed.", a reply link, or a line of Chinese), and nothing else.
     */
    private static boolean oneWordColumn(String text) {
        int lines = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || CUE_REPLY.matcher(l).matches()) {
                continue;
            }
            if (!BARE_WORD.matcher(l).matches()) {
                return false;
            }
            lines++;
        }
        return lines >= 3;
    }

    private static final Pattern BARE_WORD = Pattern.compile("(?:[\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}][\\p{M}]*)+"
            + "(?:-(?:[\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}][\\p{M}]*)+)*");

    /** A heading or label just before the list (or one of its first ancestors) that names comments. */
    private static boolean announced(Element container, Cues cues, int levels) {
        if (cues.counted().contains(container)) {
            return true;
        }
        Element first = container.firstElementChild();
        while (first != null && !first.hasText()) {
            first = first.nextElementSibling();   // (a rule or an anchor's target before the heading)
        }
        if (first != null && cues.near().contains(first)) {
            return true;
        }
        Element a = container;
        for (int level = 0; level < levels && a != null && !a.normalName().equals("body"); level++, a = a.parent()) {
            int seen = 0;
            for (Element prev = a.previousElementSibling(); prev != null && seen < 3; prev = prev.previousElementSibling()) {
                if (!prev.hasText()) {
                    continue;
                }
                seen++;
                if (cues.near().contains(prev)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Short elements (120 characters of text at most) whose text names comments ("12 Comments", "Kommentare",
     * "One response to"), with the short elements around them: found once per page from its text nodes.
     */
    private static Cues cues(Element body) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> none = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            for (TextNode t : e.textNodes()) {
                String text = t.text().strip();
                if (text.isEmpty() || text.length() > 120 || !CUE_HEADING.matcher(text).find()) {
                    continue;
                }
                // a heading naming comments, or a label that opens with them ("12 Comments", "One response to")
                if (heading(e) || CUE_LABEL.matcher(text).lookingAt()) {
                    List<Element> chain = new ArrayList<>();
                    boolean zero = false;
                    for (Element a = e; a != null && a != body; a = a.parent()) {
                        String shown = HtmlText.shortText(a, 120);
                        if (shown == null) {
                            break;
                        }
                        chain.add(a);
                        zero |= NONE_COUNT.matcher(HtmlText.oneLine(shown)).find();
                    }
                    out.addAll(chain);
                    if (zero && !heading(e)) {   // (a heading's stale "Comments (0)" may stand over a real thread)
                        none.addAll(chain);
                    }
                    break;
                }
            }
        }
        return new Cues(out, counted(body), none);
    }

    /** A count of none beside the word: "Comments 0", "Comments (0)", "0 Comments", "No comments". */
    private static final Pattern NONE_COUNT = Pattern.compile("(?i)(?<![\\p{L}])(?:comments?|kommentare?|commentaires?|"
            + "comentarios?|responses?|replies|reactions?)\\s*[(\\[:]?\\s*0\\s*[)\\]]?(?!\\s*[\\d.,])"
            + "|(?<![\\p{L}\\d])(?:0|no|keine|aucun|sin)\\s+(?:comments?|kommentare?|commentaires?|comentarios?|responses?|replies)");

    /**
     * What announces a comment list: the short elements that name comments near it, and the containers whose number
     * of children (of one tag, with text) is a count the page gives ("8 Comments", "12 responses", "8 users
     * responded"), wherever on the page that count stands.
     */
    private record Cues(Set<Element> near, Set<Element> counted, Set<Element> none) {
        boolean isEmpty() {
            return near.isEmpty() && counted.isEmpty();
        }

        /**
         * The cues that may announce records without dates: not a label with a count of none ("Comments 0" in a share
         * bar), which gives undated blocks (a video box, a table) no reason to be comments. A heading's count stays a
         * cue however stale it is ("Comments (0)" over eight real replies).
         */
        Cues forUndated() {
            if (none.isEmpty()) {
                return this;
            }
            Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(near);
            kept.removeAll(none);
            return new Cues(kept, counted, Set.of());
        }
    }

    private static final Pattern COUNT_LABEL = Pattern.compile("(?i)^\\D{0,3}(\\d{1,4})\\s+(?:\\p{L}+\\s+)?(?:"
            + CUE_HEADING.pattern().replace("(?i)", "") + "|responded)");

    /** The containers holding exactly as many children of one tag as a "N comments" label on the page says. */
    private static Set<Element> counted(Element body) {
        Set<Integer> counts = new java.util.HashSet<>();
        for (Element e : body.getAllElements()) {
            String t = HtmlText.shortText(e, 60);
            if (t != null) {
                Matcher m = COUNT_LABEL.matcher(t);
                int n = m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
                if (n >= 2) {
                    counts.add(n);
                }
            }
        }
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (counts.isEmpty()) {
            return out;
        }
        int least = counts.stream().min(Integer::compare).orElseThrow();
        for (Element c : body.getAllElements()) {
            Map<String, Integer> byTag = new HashMap<>();   // children with text by tag, and by shape (all divs)
            Map<String, List<Element>> byShape = new HashMap<>();
            for (Element k : c.children()) {
                if (k.hasText()) {
                    byTag.merge(k.normalName(), 1, Integer::sum);
                    if (c.childrenSize() > 2) {
                        byShape.computeIfAbsent(SiblingRuns.signature(k), x -> new ArrayList<>()).add(k);
                    }
                }
            }
            boolean match = byTag.values().stream().anyMatch(counts::contains);
            for (List<Element> kind : byShape.values()) {
                // by shape only the children that say they are comments ("jeff said,", "Reply"): three product cards
                // beside "3 Comments" are none (looked at only where the shape holds enough children)
                if (!match && kind.size() >= least) {
                    match = counts.contains((int) kind.stream().filter(RecordDetector::saysComment).count());
                }
            }
            if (match) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean heading(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (HEADING.matcher(a.normalName()).matches()) {
                return true;
            }
            if (!INLINE.matcher(a.normalName()).matches()) {
                return false;
            }
        }
        return false;
    }

    /** Reply links and "says:" lines: the cues an undated comment list may carry in every record. */
    private static Set<Element> replyCues(Element body) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            String own = e.ownText().strip();
            if (!own.isEmpty() && own.length() <= 40 && (CUE_REPLY.matcher(own).matches() || CUE_SAYS.matcher(own).find())) {
                out.add(e);
            }
        }
        return out;
    }

    /** An element that says it is a comment: a reply link, or a "says" word ("jeff said,", "Anonymous said..."). */
    static boolean saysComment(Element e) {
        return cuedRecords(List.of(e)) || SAID.matcher(e.text()).find();
    }

    /** At least half the records carry a reply link or a "says:" of their own. */
    private static boolean cuedRecords(List<Element> records) {
        int cued = 0;
        for (Element r : records) {
            boolean c = false;
            for (Element a : r.select("a, button, span")) {
                if (CUE_REPLY.matcher(a.ownText().strip()).matches()) {
                    c = true;
                    break;
                }
            }
            cued += c || CUE_SAYS.matcher(r.text()).find() ? 1 : 0;
        }
        return cued * 2 >= records.size();
    }

    /**
     * A reply that is the only one under its parent forms no group; it is a record when it has the shape of the
     * records found (same tag under the same parent tag), sits inside one, and proves itself the same way.
     */
    private static void addLoneReplies(Mode mode, Set<Element> records, Set<Element> anchors,
                                       Map<Element, List<Element>> partsOf) {
        Set<String> shapes = new java.util.HashSet<>();
        for (Element r : records) {
            shapes.add(shape(r));
        }
        Map<String, List<String>> blockOf = new HashMap<>();   // a record's shape -> the shapes of its block's parts
        for (Element r : records) {
            List<Element> parts = partsOf.get(r);
            if (parts != null && !r.normalName().equals("dt")) {
                blockOf.putIfAbsent(shape(r), parts.stream().map(SiblingRuns::signature).toList());
            }
        }
        Map<Element, List<Element>> blocks = new IdentityHashMap<>();
        List<Element> found = new ArrayList<>();
        for (Element r : records) {
            List<Element> scope = new ArrayList<>();
            for (Element part : partsOf.getOrDefault(r, List.of(r))) {
                scope.addAll(part.getAllElements());   // a dt record's replies sit in its dd
            }
            for (Element d : scope) {
                if (d == r || records.contains(d) || !shapes.contains(shape(d)) && (records.contains(d.parent())
                        || found.contains(d.parent()) || !wrapperOf(r, d, partsOf) || !onlyChildLike(d, shapes))) {
                    continue;
                }
                Own own = own(d, anchors, records);
                String t = own.text.strip();
                boolean proof = mode != Mode.UNDATED ? own.anchors >= 1 && own.anchors <= 3
                        && t.replaceAll("\\s+", "").length() - own.dateChars >= 3 : nameOverText(t);
                // a reply leaves its record a date of its own: a record's only dated part is its byline, no reply
                if (proof && !own.form && !HtmlText.isHiddenOrUnder(d) && (mode != Mode.UNDATED
                        ? datedOutside(r, d, anchors, records) : textOutside(r, d, anchors, records))) {
                    found.add(d);
                    List<String> block = blockOf.get(shape(d));
                    if (block != null) {
                        blocks.put(d, block(d, block));
                    }
                }
            }
        }
        records.addAll(found);
        for (Element d : found) {
            List<Element> parts = blocks.containsKey(d) ? blocks.get(d) : parts(d);
            if (parts.size() > 1) {
                partsOf.put(d, parts);
            }
        }
    }

    /**
     * A reply alone in a wrapper of its own whose shape is the start of its kin's (or theirs the start of its): the
     * comment's reply list, once its tag says nothing ({@code div} for {@code ul}), is one more child of the comment
     * than a reply without replies has. (Not the only child of a record: that is the record's own content.)
     */
    private static boolean onlyChildLike(Element d, Set<String> shapes) {
        Element parent = d.parent();
        if (parent == null || parent.childrenSize() != 1 || d.childrenSize() == 0) {
            return false;
        }
        String mine = shape(d);
        for (String s : shapes) {
            if (s.length() != mine.length() && (s.startsWith(mine) || mine.startsWith(s) && s.indexOf(',') > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code d}'s wrapper is the last child of the record itself or of one of its parts and holds no text
     * of its own, where a reply list sits, not inside the comment's text (a quoted post, an "Edited" note).
     */
    private static boolean wrapperOf(Element r, Element d, Map<Element, List<Element>> partsOf) {
        Element wrapper = d.parent();
        Element holder = wrapper == null ? null : wrapper.parent();
        return holder != null && (holder == r || partsOf.getOrDefault(r, List.of(r)).contains(holder))
                && holder.lastElementChild() == wrapper && wrapper.ownText().isBlank();
    }

    /**
     * A lone reply's block, cut like its kin's: the reply and the siblings after it while they have the shapes of
     * the kin's parts ({@code header, body} as two {@code div}s); the reply alone when they do not.
     */
    private static List<Element> block(Element head, List<String> shapes) {
        List<Element> out = new ArrayList<>();
        out.add(head);
        for (Element s = head.nextElementSibling(); s != null && out.size() < shapes.size(); s = s.nextElementSibling()) {
            if (SKIP.contains(s.normalName())) {
                continue;
            }
            if (!SiblingRuns.signature(s).equals(shapes.get(out.size()))) {
                break;
            }
            out.add(s);
        }
        return out.size() == shapes.size() ? out : List.of(head);
    }

    /**
     * Undated, a reply leaves its record a name over text of its own (Livefyre: a reply's article inside the replies
     * box of the comment it answers, one reply alone there, no dates anywhere).
     */
    private static boolean textOutside(Element record, Element inner, Set<Element> anchors, Set<Element> records) {
        Set<Element> without = Collections.newSetFromMap(new IdentityHashMap<>());
        without.addAll(records);
        without.add(inner);
        return nameOverText(own(record, anchors, without).text.strip());
    }

    /** True when {@code record} holds a date anchor outside {@code inner} and outside every other record in it. */
    private static boolean datedOutside(Element record, Element inner, Set<Element> anchors, Set<Element> records) {
        for (Element e : record.getAllElements()) {
            if (!anchors.contains(e)) {
                continue;
            }
            boolean mine = true;
            for (Element a = e; a != null && a != record && mine; a = a.parent()) {
                mine = a != inner && !records.contains(a);
            }
            if (mine) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reply chain nested in {@code m} without a list around it (SB Nation: each reply a child of the comment it
     * answers, beside that comment's own parts): the descendants shaped like {@code m} (tag, parent tag, first two
     * child tags) that each keep one to three dates of their own, taken deepest first; empty when they do not leave
     * {@code m} itself with one to three dates.
     */
    private static List<Element> chain(Element m, Set<Element> anchors, Set<Element> records) {
        List<Element> out = chain(m, anchors, records, false);
        // where m's own parts share its shape (a header-less comment element as three divs), they are no replies
        return out != null ? out : Objects.requireNonNullElse(chain(m, anchors, records, true), List.of());
    }

    /** The chain, or null when it leaves m without one to three dates of its own. */
    private static List<Element> chain(Element m, Set<Element> anchors, Set<Element> records, boolean notOwnParts) {
        String shape = chainShape(m);
        List<Element> all = m.getAllElements();
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        taken.addAll(records);
        List<Element> out = new ArrayList<>();
        for (int i = all.size() - 1; i > 0; i--) {
            Element d = all.get(i);
            if (taken.contains(d) || notOwnParts && d.parent() == m || !shape.equals(chainShape(d))) {
                continue;
            }
            Own own = own(d, anchors, taken);
            if (own.anchors >= 1 && own.anchors <= 3 && !own.form) {
                taken.add(d);
                out.add(d);
            }
        }
        int left = own(m, anchors, taken).anchors;
        return left >= 1 && left <= 3 ? out : null;
    }

    private static final Set<String> LISTS = Set.of("ol", "ul", "dl");

    /** A parent's tag for shapes, ordered and unordered lists alike (top-level comments in an ol, replies in a ul). */
    private static String listKind(Element parent) {
        if (parent == null) {
            return "";
        }
        String t = parent.normalName();
        return t.equals("ol") || t.equals("ul") ? "list" : t;
    }

    private static String chainShape(Element e) {
        Element parent = e.parent();
        return e.normalName() + '<' + listKind(parent) + '>'
                + (e.childrenSize() > 0 ? e.child(0).normalName() : "") + ','
                + (e.childrenSize() > 1 ? e.child(1).normalName() : "");
    }

    /** A field to fill in that the reader sees: {@code e} holds a form to write in, not a record. */
    private static boolean visibleField(Element e) {
        for (Element f : e.select("textarea, input:not([type=hidden])")) {
            if (!HtmlText.isHiddenBelow(f, e)) {
                return true;
            }
        }
        return false;
    }

    /** Tag, parent tag and the tags of the first four children: the shape a lone reply must share with its kin. */
    private static String shape(Element e) {
        StringBuilder sb = new StringBuilder(e.normalName()).append('<').append(listKind(e.parent())).append('>');
        int n = 0;
        for (Element c : e.children()) {
            if (LISTS.contains(c.normalName())) {
                continue;   // a nested list of replies is not part of a record's own shape (a reply may have none)
            }
            if (n++ == 4) {
                break;
            }
            sb.append(c.normalName()).append(',');
        }
        return sb.toString();
    }

    /** A post teaser: a linked heading, or a "read more" / "12 comments" link. */
    private static boolean teaser(List<Element> parts) {
        List<Element> titles = new ArrayList<>();
        for (Element p : parts) {
            Element link = p.closest("a[href]");
            if (link != null && !ownPermalink(link)) {
                return true;   // the whole record is one link to another page: a card, never a comment
            }
            for (Element a : p.select("h2 a[href], h3 a[href], a[href] h2, a[href] h3")) {
                if (a.text().strip().split("\\s+").length >= 2 && !ownPermalink(a)) {
                    return true;
                }
            }
            for (Element a : p.select("h1 a[href], h4 a[href], h5 a[href], h6 a[href]")) {
                if (a.text().strip().split("\\s+").length >= 4 && !ownPermalink(a)) {
                    return true;
                }
            }
            for (Element a : p.select("a[href]")) {
                if (TEASER_LINK.matcher(a.text().strip()).matches()) {
                    return true;
                }
                if (linkedTitle(a)) {
                    titles.add(a);
                }
            }
        }
        if (titles.isEmpty()) {
            return false;
        }
        // a headline leading its item and making much of it ("July 31 / The Agenda: … / a summary"); a reader's
        // "Related: <a headline>" above their own words is a comment
        int all = 0;
        for (Element p : parts) {
            all += p.text().length();
        }
        int titleChars = 0;
        boolean leading = false;
        boolean alone = false;
        for (Element a : titles) {
            titleChars += a.text().length();
            int before = wordsBefore(a, parts);
            leading |= before >= 0;
            alone |= before >= 0 && before <= 1;
        }
        // the title first (after a date or one label: "older", "July 31"), or leading and much of the item, or a
        // list of three or more ("Recommended: …" under a story)
        return alone || leading && titleChars * 5 >= all * 2 || titles.size() >= 3;
    }

    /**
     * The words (outside dates) before {@code a} in the unit, or -1 when a sentence of eight words or more comes
     * first: a title leads its item; a link after a comment's text (a signature, a document it points to) does not.
     */
    private static int wordsBefore(Element a, List<Element> parts) {
        int[] state = {0, 0};   // words seen, 1 = reached the link / -1 = a sentence first
        for (Element p : parts) {
            org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
                @Override
                public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                    if (node == a) {
                        state[1] = 1;
                        return FilterResult.STOP;
                    }
                    if (node instanceof TextNode t && !t.isBlank()) {
                        String text = t.text().strip();
                        int words = text.split("\\s+").length;
                        if (words >= 8) {
                            state[1] = -1;
                            return FilterResult.STOP;
                        }
                        boolean date = TimestampParser.find(text, ZoneOffset.UTC, null)
                                .filter(m -> m.raw().length() * 2 >= text.length()).isPresent();
                        state[0] += date ? 0 : words;
                    }
                    return FilterResult.CONTINUE;
                }
            }, p);
            if (state[1] != 0) {
                break;
            }
        }
        return state[1] == 1 ? state[0] : -1;
    }

    /**
     * A link of four words or more to another page that is the whole text of the block around it: a headline
     * however its site tags it (a heading, or a {@code div} a framework styles as one); only to a page of a site, not
     * its home page.
     */
    private static boolean linkedTitle(Element a) {
        String text = a.text().strip();
        String path = SCHEME_HOST.matcher(a.attr("href").strip()).replaceFirst("").replaceFirst("[?#].*", "");
        if (text.length() > 150 || ownPermalink(a) || path.replace("/", "").isBlank()) {
            return false;   // (a link to a site's home page is a commenter's name, "Notes From The Back Porch")
        }
        int words = 0;
        for (String w : text.split("\\s+")) {
            words += WORD.matcher(w).lookingAt() ? 1 : 0;
        }
        if (words < 4 || datedLabel(text)) {
            return false;   // (a permalink's date, "3/09/15 9:00am", "Posted Thursday 6th June 2013 15:43 GMT", is no headline)
        }
        Element block = a.parent();
        while (block != null && (INLINE.matcher(block.normalName()).matches() || block.normalName().equals("a"))) {
            block = block.parent();
        }
        // (a large block is no title's: its text is not even read, a link in a long comment costs nothing)
        return block != null && HtmlText.shortText(block, 300) != null
                && (block.text().strip().equals(text) || ownFirstLine(block, text));
    }

    /** A date with at most two words beside it ("Posted Thursday 6th June 2013 15:43 GMT"): a permalink's label. */
    private static boolean datedLabel(String text) {
        return TimestampParser.find(text, java.time.ZoneOffset.UTC, null).map(m -> {
            String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
            return rest.isEmpty() || rest.split("\\s+").length <= 2;
        }).orElse(false);
    }

    /**
     * {@code text} is the first line of {@code block} as shown, alone or with only a dated label after it ("Arian
     * Foster has interesting offseason Posted: Jul 18, 2013" over a summary; a headline over its story's first words).
     */
    private static boolean ownFirstLine(Element block, String text) {
        String first = HtmlText.of(block).strip().split("\n", 2)[0].replaceAll("\\s+", " ").strip();
        if (!first.startsWith(text)) {
            return false;
        }
        String rest = first.substring(text.length()).strip();
        if (rest.isEmpty()) {
            return true;   // a line of its own above more (the block is not the link alone: the caller checked)
        }
        Optional<TimestampParser.Match> date = TimestampParser.find(rest, ZoneOffset.UTC, null);
        return date.isPresent() && rest.replace(date.get().raw(), " ").strip().split("\\s+").length <= 2;
    }

    /** A comment title links to the comment itself (an anchor, a comment id), a teaser to another article. */
    private static boolean ownPermalink(Element a) {
        Element link = a.normalName().equals("a") ? a : a.closest("a[href]");
        String href = link == null ? "" : link.attr("href");
        return href.contains("#") || PERMALINK.matcher(href).find();
    }

    /** Inside navigation, or inside a page-level header, footer or aside (one not within main or article). */
    private static boolean underOutside(Element e) {
        boolean furniture = false;
        for (Element a = e; a != null; a = a.parent()) {
            String t = a.normalName();
            if (t.equals("nav")) {
                return true;
            }
            if (t.equals("main") || t.equals("article")) {
                return false;
            }
            furniture |= OUTSIDE.contains(t);
        }
        return furniture;
    }

    /**
     * The date sites of the page: elements with a machine date, and the smallest elements whose short visible
     * text is mostly a date. An anchor inside another anchor is not counted twice.
     */
    static Set<Element> anchors(Element body) {
        Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (SKIP.contains(e.normalName())) {
                continue;
            }
            if (machineDate(e) || visibleDate(e)) {
                found.add(e);
            }
        }
        Set<Element> outer = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> popups = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : found) {
            boolean inner = false;
            for (Element a = e.parent(); a != null && !inner; a = a.parent()) {
                inner = found.contains(a);
            }
            if (!inner && !inSkipped(e)) {
                (inHiddenPopup(e) ? popups : outer).add(e);
            }
        }
        if (popups.size() > outer.size()) {
            outer.addAll(popups);   // the hidden dates are the only ones (a theme that hides them): they still date
        }
        return outer;
    }

    /**
     * Under a hidden element of a short text: a collapsed header's details ("By karimtemple on 5/15/13, Rating: 1",
     * shown on a click) repeat the visible byline's date and would make the header a record of its own. A collapsed
     * comment, hidden with its text, keeps its date; so do hidden dates where the page shows fewer visible ones.
     */
    private static boolean inHiddenPopup(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (HtmlText.isHidden(a)) {
                return HtmlText.shortText(a, MAX_ANCHOR_TEXT) != null;
            }
        }
        return false;
    }

    private static boolean inSkipped(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (SKIP.contains(a.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean machineDate(Element e) {
        String v = e.hasAttr("datetime") ? e.attr("datetime")
                : e.normalName().equals("abbr") && e.hasAttr("title") ? e.attr("title")
                : (e.hasAttr("itemprop") || e.hasAttr("property"))
                && DATE_PROPERTY.matcher(e.attr("itemprop") + e.attr("property")).find() ? e.attr("content") : null;
        return v != null && plausible(TimestampParser.parseMachine(v, ZoneOffset.UTC));
    }

    private static boolean visibleDate(Element e) {
        boolean dateLike = false;
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank() && MAYBE_DATE.matcher(t.getWholeText()).find()) {
                dateLike = true;
                break;
            }
        }
        if (!dateLike) {
            return false;  // every date the parser reads has a digit or a relative word in the element's own text
        }
        String text = HtmlText.shortText(e, MAX_ANCHOR_TEXT);
        if (text == null) {
            text = e.ownText().strip();
            if (text.length() > MAX_ANCHOR_TEXT) {
                return false;
            }
        }
        Optional<TimestampParser.Match> m = TimestampParser.find(text, ZoneOffset.UTC, null);
        if (m.isEmpty() || m.get().value() != null && !plausible(m.get().value()) || TimestampParser.inSpan(text, m.get())) {
            return false;
        }
        return text.length() <= 40 || m.get().raw().length() >= 0.25 * text.length();
    }

    private static boolean plausible(OffsetDateTime t) {
        return t != null && t.getYear() >= MIN_YEAR && t.getYear() <= OffsetDateTime.now(ZoneOffset.UTC).getYear() + 1;
    }
}
