package io.commentpulse.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static io.commentpulse.extract.CommentCues.Cues;
import static io.commentpulse.extract.CommentCues.announced;
import static io.commentpulse.extract.CommentCues.cuedRecords;
import static io.commentpulse.extract.CommentCues.cues;
import static io.commentpulse.extract.CommentCues.replyCues;
import static io.commentpulse.extract.CommentCues.saysComment;
import static io.commentpulse.extract.DateAnchors.SKIP;
import static io.commentpulse.extract.DateAnchors.anchors;
import static io.commentpulse.extract.DateAnchors.below;
import static io.commentpulse.extract.DateAnchors.endsInDate;
import static io.commentpulse.extract.DateAnchors.underOutside;
import static io.commentpulse.extract.TeaserRecords.EXCERPT;
import static io.commentpulse.extract.TeaserRecords.FIRST_SLIDE;
import static io.commentpulse.extract.TeaserRecords.labelList;
import static io.commentpulse.extract.TeaserRecords.nameOverText;
import static io.commentpulse.extract.TeaserRecords.statusLine;
import static io.commentpulse.extract.TeaserRecords.teaser;
import static io.commentpulse.extract.TeaserRecords.textOverName;

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
    static final Pattern LETTER = Pattern.compile("\\p{L}");

    static final Pattern WORD = Pattern.compile("\\p{L}{2}");

    private static final Pattern CONTROL_INPUT = Pattern.compile("(?i)hidden|submit|button|image|reset");

    static final Pattern INLINE = Pattern.compile("span|a|strong|b|em|i|small");

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
                if (mode != Mode.UNDATED) {
                    addAnswersInside(records, anchors);
                }
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
            List<List<Element>> runs = SiblingRuns.datedBlocks(container, anchors, records, CommentCues::saysComment);
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

    /** A member that proved itself a record: its parts, its own text, and what of it is beyond its dates. */
    private record Proven(Element member, List<Element> parts, String text, int beyond, int dateWords,
                          boolean signedBelow) {
    }

    private static void acceptGroup(Mode mode, Element container, Group group, Set<Element> anchors,
                                    Map<Element, Integer> anchorsBelow,
                                    Cues cues, Set<Element> records, Map<Element, List<Element>> partsOf) {
        if (underOutside(container)) {
            return;
        }
        List<Element> qualifying = new ArrayList<>();
        List<List<Element>> qualifyingParts = new ArrayList<>();
        int withText = 0;
        int withForm = 0;
        List<Proven> proven = new ArrayList<>();
        List<Proven> formed = new ArrayList<>();
        int oneLine = 0;
        int slides = 0;
        int teasers = 0;
        long ownChars = 0;
        long linkChars = 0;
        long beyondDates = 0;
        int figures = 0;
        Set<String> distinct = new java.util.HashSet<>();
        List<Element> members = group.members();
        Map<Element, List<Element>> chains = new IdentityHashMap<>();
        for (Element m : members) {
            List<Element> parts = group.parts(m);
            StringBuilder text = new StringBuilder();
            int ownAnchors = 0;
            int dateChars = 0;
            int dateWords = 0;
            boolean form = false;
            boolean textBox = false;
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
                dateWords += own.dateWords;
                linkChars += own.linkChars;
                form |= own.form;
                textBox |= own.textBox;
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
            int beyond = Spaces.removed(t).length() - dateChars;
            boolean signedBelow = mode == Mode.UNDATED && !nameOverText(t) && textOverName(t);
            boolean proof = mode != Mode.UNDATED ? ownAnchors >= 1 && ownAnchors <= 3 && beyond >= 3
                    : nameOverText(t) || signedBelow;
            if (mode == Mode.DATED && (t.indexOf('\n') < 0 || statusLine(t)) && endsInDate(m, anchors)) {
                oneLine++;
            }
            if (proof && EXCERPT.matcher(t).find()) {
                proof = false;   // a trackback: another site's excerpt, "[...] its words [...]"
            }
            withForm += form && textBox ? 1 : 0;
            if (proof && !h1 && !HtmlText.isHiddenOrUnder(m)) {
                (form ? formed : proven).add(new Proven(m, parts, t, beyond, dateWords, signedBelow));
            }
        }
        if (mode != Mode.UNDATED && withForm == withText && withText >= 2) {
            // a form with a box to write in, in every dated record, is the reply box each comment holds (hidden by
            // the site's style sheet until "Reply" is clicked), not a form to write the page's own text in (a ticket's
            // or a product's quantity field is none); undated, the rows of a form ("Email" / "Required. Not
            // published.") are no records at all
            proven.addAll(formed);
        }
        if (proven.stream().anyMatch(Proven::signedBelow) && !proven.stream().allMatch(Proven::signedBelow)) {
            // undated records sign their text in one place: a name over text beside text over a name is a header
            // block beside its comment's text, not two comments
            proven.removeIf(Proven::signedBelow);
        }
        int headed = 0;
        for (Proven c : proven) {
            headed += TeaserRecords.headedSection(c.parts()) ? 1 : 0;
            slides += FIRST_SLIDE.matcher(c.text()).lookingAt() ? 1 : 0;
            qualifying.add(c.member());
            qualifyingParts.add(c.parts());
            ownChars += c.text().length();
            beyondDates += c.beyond();
            figures += wordsBeyond(c.text(), c.dateWords()) ? 0 : 1;
            distinct.add(c.text());
        }
        int q = qualifying.size();
        if (q > 0 && slides == q) {
            return;   // photo galleries: "1 of 24" over captions and their dates
        }
        if (oneLine * 2 > withText) {
            return;   // no line of its own for a name or a date: a feed (tweets, headlines), not reader comments
        }
        if (figures * 2 > q) {
            return;   // rows of figures beside their dates (a table of daily counts): readers write words, but for a
                      // "+1" or an emoji here and there
        }
        boolean lone = members.size() == 1;
        if (q < (lone ? 1 : 2) || q * 2 < withText || teasers * 2 >= withText || distinct.size() < (lone ? 1 : 2)
                || beyondDates / q < 12 || ownChars > 0 && (double) linkChars / ownChars > 0.5) {
            return;
        }
        if (!alike(qualifyingParts)) {
            return;
        }
        if (mode == Mode.UNDATED && ((double) linkChars / ownChars > 0.3 || beyondDates / q < 20 || headed * 2 >= q
                || !announced(container, cues, 5) && !cuedRecords(qualifying) || labelList(distinct))) {
            return;
        }
        for (int i = 0; i < q; i++) {
            records.addAll(chains.getOrDefault(qualifying.get(i), List.of()));
            if (mode == Mode.DATED && qualifyingParts.get(i).size() == 1
                    && headerOf(container, qualifying.get(i), proven.get(i).text(), anchorsBelow, qualifying)) {
                records.add(container);   // the comment is the box the header, its text and its replies sit in
                continue;
            }
            records.add(qualifying.get(i));
            if (qualifyingParts.get(i).size() > 1) {
                partsOf.put(qualifying.get(i), qualifyingParts.get(i));
            }
        }
    }

    /**
     * Whether {@code m} is the header of the comment {@code container} is: its first block, holding the date and a
     * name alone (no sentence), followed by an undated block of the reader's text, every other child of the
     * container being a record of the same group (a reply) or a control of a few words ("Reply").
     */
    private static boolean headerOf(Element container, Element m, String text, Map<Element, Integer> anchorsBelow,
                                    List<Element> qualifying) {
        List<Element> kids = new ArrayList<>();
        for (Element c : container.children()) {
            if (!SKIP.contains(c.normalName())) {
                kids.add(c);
            }
        }
        if (kids.size() < 2 || kids.get(0) != m || anchorsBelow.containsKey(kids.get(1))
                || RecordHeader.letters(HtmlText.of(kids.get(1))) < 20 || container == container.ownerDocument().body()) {
            return false;
        }
        int nonDate = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || !TimestampParser.find(l, java.time.ZoneOffset.UTC, null).isEmpty()) {
                continue;
            }
            if (++nonDate > 1 || l.length() > 40 || l.matches("(?s).*[.!?…](?:\\s.*|$)")) {
                return false;   // more than a name beside the date
            }
        }
        for (Element k : kids.subList(2, kids.size())) {
            if (!qualifying.contains(k) && RecordHeader.letters(HtmlText.of(k)) >= 20) {
                return false;
            }
        }
        return true;
    }

    /** How many words of two letters or more a text holds (runs of letters, whatever stands between them). */
    static int letterWords(String text) {
        int n = 0;
        java.util.regex.Matcher m = WORD_RUN.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whether {@code text} holds more than {@code words} words of two letters or more (stops reading there). */
    private static boolean wordsBeyond(String text, int words) {
        java.util.regex.Matcher m = WORD_RUN.matcher(text);
        for (int n = 0; m.find(); n++) {
            if (n >= words) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WORD_RUN = Pattern.compile("\\p{L}{2,}");

    /** A container none of whose groups could pass in this mode: checked before its children are grouped. */
    private static boolean hopeless(Mode mode, Element container, Map<Element, Integer> anchorsBelow,
                                    Map<Element, Integer> repliesBelow, Cues cues) {
        return switch (mode) {
            case DATED -> anchorsBelow.getOrDefault(container, 0) < 2;
            case LONE -> anchorsBelow.getOrDefault(container, 0) < 1 || cues.isEmpty() || !announced(container, cues, 1);
            case UNDATED -> cues.isEmpty() && repliesBelow.getOrDefault(container, 0) < 2;
        };
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
    static List<Element> parts(Element m) {
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
        /**
         * Words (two letters or more) in the first 40 characters of each date's text (as {@link #dateChars} counts at
         * most 40 of its characters): a month's name is no reader's word.
         */
        int dateWords;
        int linkChars;
        boolean form;
        /** A box to write a text in (a textarea, an editable element), hidden or not: what a reply form holds. */
        boolean textBox;
        boolean h1;
        String text = "";
    }

    static Own own(Element root, Set<Element> anchors, Set<Element> records) {
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
                String date = e.text();
                own.dateChars += Math.min(Spaces.removed(date).length(), 40);
                own.dateWords += letterWords(date.substring(0, Math.min(date.length(), 40)));
            }
            switch (e.normalName()) {
                // a field to fill in is a form; a button alone ("Report abuse" as a one-button form) is a control,
                // and so is a reply form hidden in each record until its "Reply" is clicked
                case "textarea" -> {
                    own.textBox = true;   // (a reply box, shown or not)
                    own.form |= !HtmlText.isHiddenBelow(e, root);
                }
                case "select" -> own.form |= !HtmlText.isHiddenBelow(e, root);
                case "input" -> own.form |= !CONTROL_INPUT.matcher(e.attr("type")).matches()
                        && !HtmlText.isHiddenBelow(e, root);
                case "h1" -> own.h1 = true;
                case "a" -> own.linkChars += e.text().length();
                default -> { }
            }
            if (e.hasAttr("contenteditable") && !e.attr("contenteditable").equalsIgnoreCase("false")) {
                own.textBox = true;
                // a box to write in that a script reads (Gigya's "Write a comment"), a field too
                own.form |= !HtmlText.isHiddenBelow(e, root);
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
                        && Spaces.removed(t).length() - own.dateChars >= 3 : nameOverText(t) || textOverName(t);
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
     * Words that open a note of what was edited, not an answer: "Last edited by Ann", "Zuletzt bearbeitet",
     * "Modifié le"; an answer may say so later ("Thanks, I updated the recipe").
     */
    private static final Pattern EDIT_NOTE = Pattern.compile(
            "(?iu)(?:last |zuletzt |dernière )?(?:edited|modified|updated|bearbeitet|geändert|modifié|editado|modificado)\\b");

    /**
     * Answers kept inside the records they answer (PIXNET, many blog hosts: the comment's byline, its text, then the
     * blogger's answer, its text and its own byline with a date, all children of one record): the last child of a
     * record when it holds one to three dates of its own and words beyond them while the record keeps a date outside
     * it, and records of one shape do so at least twice with words that differ from record to record (chrome, a
     * "Reply · Permalink · date" bar, is the same in each). Each becomes a comment answering its record.
     */
    private static void addAnswersInside(Set<Element> records, Set<Element> anchors) {
        Map<String, List<Element>> byShape = new LinkedHashMap<>();
        Map<Element, String> words = new IdentityHashMap<>();
        for (Element r : records) {
            Element c = r.lastElementChild();
            if (c == null || r.normalName().equals("dt") || records.contains(c) || r.childrenSize() < 2
                    || HtmlText.isHiddenOrUnder(c)) {
                continue;
            }
            Own own = own(c, anchors, records);
            if (own.anchors < 1 || own.anchors > 3 || own.form || own.textBox || !datedOutside(r, c, anchors, records)) {
                continue;
            }
            String beyond = Spaces.collapsed(SiblingRuns.undated(c, anchors, " ")).strip();
            if (letterWords(beyond) < 1 && Spaces.removed(beyond).length() < 3 || EDIT_NOTE.matcher(beyond).lookingAt()
                    || CommentChrome.onlyControls(beyond)) {
                continue;
            }
            words.put(c, beyond);
            byShape.computeIfAbsent(shape(r) + '/' + shape(c), k -> new ArrayList<>()).add(c);
        }
        for (List<Element> answers : byShape.values()) {
            long distinct = answers.stream().map(words::get).distinct().count();
            if (answers.size() >= 2 && distinct * 5 >= answers.size() * 4) {
                records.addAll(answers);
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
    static List<Element> block(Element head, List<String> shapes) {
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
     * Undated, a reply leaves its record a name over text (or text over a name) of its own (Livefyre: a reply's
     * article inside the replies box of the comment it answers, one reply alone there, no dates anywhere).
     */
    private static boolean textOutside(Element record, Element inner, Set<Element> anchors, Set<Element> records) {
        Set<Element> without = Collections.newSetFromMap(new IdentityHashMap<>());
        without.addAll(records);
        without.add(inner);
        String own = own(record, anchors, without).text.strip();
        return nameOverText(own) || textOverName(own);
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
    static List<Element> chain(Element m, Set<Element> anchors, Set<Element> records) {
        List<Element> out = chain(m, anchors, records, false);
        // where m's own parts share its shape (a header-less comment element as three divs), they are no replies
        return out != null ? out : Objects.requireNonNullElse(chain(m, anchors, records, true), List.of());
    }

    /** The chain, or null when it leaves m without one to three dates of its own. */
    static List<Element> chain(Element m, Set<Element> anchors, Set<Element> records, boolean notOwnParts) {
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
        for (Element f : e.select(Selectors.VISIBLE_INPUT)) {
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
}
