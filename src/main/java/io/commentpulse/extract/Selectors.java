package io.commentpulse.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The CSS queries the extractor runs on each record or element, parsed once: jsoup parses a query given as a string
 * at every call, which was a good part of reading a long thread. (Queries run once a page keep their strings.)
 */
final class Selectors {
    static final Evaluator ANCHOR = QueryParser.parse("a");
    static final Evaluator LINK = QueryParser.parse("a[href]");
    static final Evaluator IMAGE_LINK = QueryParser.parse("a[href]:has(img)");
    static final Evaluator LIST = QueryParser.parse("ul, ol");
    static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");
    static final Evaluator TIME = QueryParser.parse("time");
    static final Evaluator TIME_OR_DATE_CLASS = QueryParser.parse("time, [class*=date]");
    static final Evaluator MAJOR_HEADING = QueryParser.parse("h1, h2, h3");
    static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    static final Evaluator HEADING_LINK = QueryParser.parse("h1 a[href], h2 a[href], h3 a[href]");
    static final Evaluator TITLE_LINK = QueryParser.parse("h2 a[href], h3 a[href], a[href] h2, a[href] h3");
    static final Evaluator OTHER_HEADING_LINK = QueryParser.parse("h1 a[href], h4 a[href], h5 a[href], h6 a[href]");
    static final Evaluator TITLE = QueryParser.parse("h1, h2, h3, h4, h5, h6, [itemprop=name], [itemprop=headline], "
            + "[property=schema:name]");
    static final Evaluator CONTROL = QueryParser.parse("a, button, span");
    static final Evaluator TEXT_INPUT = QueryParser.parse("textarea, input[type=text], input[type=email], input:not([type])");
    static final Evaluator VISIBLE_INPUT = QueryParser.parse("textarea, input:not([type=hidden])");
    static final Evaluator SCHEMA_TEXT = QueryParser.parse("[itemprop=text], [itemprop=commentText], [property=schema:text], "
            + "[property=content:encoded]");
    static final Evaluator SCHEMA_NAME = QueryParser.parse("[itemprop=name]");

    private Selectors() {
    }
}
