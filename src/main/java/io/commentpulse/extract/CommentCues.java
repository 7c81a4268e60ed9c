package io.commentpulse.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.commentpulse.extract.RecordDetector.INLINE;
import static io.commentpulse.extract.RecordDetector.chain;
import static io.commentpulse.extract.RecordDetector.own;

/**
 * What announces comments on a page, read from its visible text and never from class or id names: a comments
 * heading or label ("12 Comments", "Kommentare"), a count of none, a reply control, a "says" beside a name. The
 * record detector takes these as evidence for a group of records, not as gates.
 */
final class CommentCues {
    private CommentCues() {
    }

    private static final Pattern CUE_HEADING = Pattern.compile("(?i)(?<![\\p{L}])(?:comments?|kommentare?|"
            + "commentaires?|comentarios?|responses?|replies|reactions?|réactions?|reacties|leserkommentare|leserbriefe|"
            + "discussion|diskussion|discusión|thoughts? on|antworten|respuestas|" + CueWords.READER_OPINIONS + "|"
            + CueWords.COMMENTS + ")(?![\\p{L}])");

    private static final Pattern CUE_LABEL = Pattern.compile("(?i)[\\s\\W]*(?:\\d+|one|two|three|no|ein|eine|zwei|"
            + "un|une|deux|uno|una|dos)?[\\s(]*" + CUE_HEADING.pattern().replace("(?i)", ""));

    static final Pattern CUE_REPLY = Pattern.compile("(?i)(?:reply|antworten|répondre|repondre|responder|"
            + "rispondi|beantworten|odpowiedz|" + CueWords.REPLY + ")\\s*[↓→»←]?");

    private static final Pattern CUE_SAYS = Pattern.compile("(?i)(?<![\\p{L}])(?:" + CueWords.SAYS + ")(?![\\p{L}])\\s*(?::|\\.\\.\\.|…)");

    /** A byline's "says" word, also with the comma some themes put after it ("jeff said,"). */
    private static final Pattern SAID = Pattern.compile("(?i)(?<![\\p{L}])(?:" + CueWords.SAYS + ")(?![\\p{L}])\\s*(?:[:,…]|\\.\\.\\.)");

    private static final Pattern HEADING = Pattern.compile("h[1-6]|legend|caption|summary");

    /** A heading or label just before the list (or one of its first ancestors) that names comments. */
    static boolean announced(Element container, Cues cues, int levels) {
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
    static Cues cues(Element body) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> none = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> links = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> stated = Collections.newSetFromMap(new IdentityHashMap<>());
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
                    } else if (e.closest(CONTROL) != null && !heading(e) && !leadsToText(e.closest(CONTROL))) {
                        // a link's "Comments" that leads off the page, or to a box a script fills ("Jump to
                        // comments" over an empty placeholder), or a button or tab that opens what a script loads
                        // ("Overview Steps Comments (11)"): it announces nothing where it stands
                        links.addAll(chain);
                    } else {
                        stated.addAll(chain);
                    }
                    break;
                }
            }
        }
        links.removeAll(stated);   // (a box holding both the link and a heading of its own still announces)
        none.addAll(links);
        return new Cues(out, counted(body), none);
    }

    /** A link, a button or a tab: a control that takes the reader somewhere else, or opens something. */
    private static final String CONTROL = "a[href], button, [role=button], [role=tab]";

    /**
     * Whether {@code control} leads to an element of this page that shows text ("#disqus_thread" over its thread; a
     * tab's {@code aria-controls} panel).
     */
    private static boolean leadsToText(Element control) {
        String href = control.attr("href");
        String id = href.length() > 1 && href.charAt(0) == '#' ? href.substring(1) : control.attr("aria-controls");
        Element target = !id.isEmpty() && control.ownerDocument() != null
                ? control.ownerDocument().getElementById(id) : null;
        return target != null && target.hasText();
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
    record Cues(Set<Element> near, Set<Element> counted, Set<Element> none) {
        boolean isEmpty() {
            return near.isEmpty() && counted.isEmpty();
        }

        /**
         * The cues that may announce records without dates: not a label with a count of none ("Comments 0" in a share
         * bar), nor a link, button or tab ("Comments 2 Ratings" jumping to the thread from above a recipe, "Comments (11)"
         * opening a tab a script fills), which give undated blocks
         * (a video box, a table, a list of ingredients) no reason to be comments. A heading's count stays a cue however
         * stale it is ("Comments (0)" over eight real replies).
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

    /**
     * The containers holding exactly as many children of one tag as a "N comments" label on the page says, that tag a
     * third of their children with text at least.
     */
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
            // the counted tag makes a third of the children with text at least: the many paragraphs of an article
            // hold five of some tag (five headings, five quotes) whatever count the page shows
            int withText = byTag.values().stream().mapToInt(Integer::intValue).sum();
            boolean match = byTag.values().stream().anyMatch(n -> counts.contains(n) && n * 3 >= withText);
            for (List<Element> kind : byShape.values()) {
                // by shape only the children that say they are comments ("jeff said,", "Reply"): three product cards
                // beside "3 Comments" are none (looked at only where the shape holds enough children)
                if (!match && kind.size() >= least) {
                    match = counts.contains((int) kind.stream().filter(CommentCues::saysComment).count());
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
    static Set<Element> replyCues(Element body) {
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
    static boolean cuedRecords(List<Element> records) {
        int cued = 0;
        for (Element r : records) {
            boolean c = false;
            for (Element a : r.select(Selectors.CONTROL)) {
                if (CUE_REPLY.matcher(a.ownText().strip()).matches()) {
                    c = true;
                    break;
                }
            }
            cued += c || CUE_SAYS.matcher(r.text()).find() ? 1 : 0;
        }
        return cued * 2 >= records.size();
    }
}
