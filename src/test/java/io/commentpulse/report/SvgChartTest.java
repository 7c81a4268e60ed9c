package io.commentpulse.report;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's charts, as JFreeChart lays them out and JFreeSVG writes them. */
class SvgChartTest {
    private static final java.time.Duration HOUR = java.time.Duration.ofHours(1);
    private static final List<SvgChart.Point> BARS = List.of(new SvgChart.Point(0, 40, "a"), new SvgChart.Point(3600, 215, "b"),
            new SvgChart.Point(7200, 183, "c"), new SvgChart.Point(10800, 7, "d"));

    /** Issue 16, item 10: the count axis covers the largest bar (it stopped at 162 while buckets held 215 and 183). */
    @Test
    void theCountAxisReachesTheLargestBarWithWholeNumberTicks() {
        SvgChart chart = new SvgChart("Volume", "comments per hour", "time", "comments").timeAxis(ZoneId.of("UTC"), HOUR)
                .integerY().add(new SvgChart.Series("all", "#345678", BARS, true));
        ValueAxis y = chart.chart().getXYPlot().getRangeAxis();
        assertEquals(0, y.getLowerBound());
        assertTrue(y.getUpperBound() >= 215, "top " + y.getUpperBound());
        assertTrue(y.getUpperBound() <= 300, "no wasted space: top " + y.getUpperBound());
        assertTrue(chart.chart().getXYPlot().getDomainAxis() instanceof DateAxis);
        assertEquals(50, SvgChart.niceStep(43));
        assertEquals(1, SvgChart.niceStep(0.3));
    }

    /** Every point keeps its tooltip, the text alternative is there, and two renders are the same bytes. */
    @Test
    void pointsCarryTheirTooltipsAndTheSvgIsTheSameOnEveryRender() {
        SvgChart chart = new SvgChart("Volume", "comments per hour", "time", "comments").timeAxis(ZoneId.of("Europe/Berlin"), HOUR)
                .integerY().add(new SvgChart.Series("all", "#345678", BARS, true));
        String svg = chart.render("v");
        assertTrue(svg.startsWith("<svg id=\"v\" class=\"chart\" role=\"img\""), svg.substring(0, 80));
        assertTrue(svg.contains("<title id=\"v-t\">Volume</title><desc id=\"v-d\">comments per hour</desc>"));
        Matcher tips = Pattern.compile("<rect class=\"point\"[^>]*><title>([a-d])</title></rect>").matcher(svg);
        StringBuilder seen = new StringBuilder();
        while (tips.find()) {
            seen.append(tips.group(1));
        }
        assertEquals("abcd", seen.toString());
        assertEquals(svg, chart.render("v"));
        assertTrue(svg.contains("v-clip"), "clip ids carry the chart's id, so two charts of one page never share one");
    }

    /**
     * Two articles of the same title are two lines, each point with its own tooltip; a chart of one bucket keeps its
     * date; axis numbers do not follow the machine's locale.
     */
    @Test
    void sameTitledLinesKeepTheirOwnTooltipsAndNumbersAreTheReports() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            SvgChart chart = new SvgChart("Concern", "d", "hours", "mean concern").yRange(0, 1)
                    .add(new SvgChart.Series("Same title", "#1f77b4", List.of(new SvgChart.Point(1, 0.2, "first 1"),
                            new SvgChart.Point(2, 0.4, "first 2")), false))
                    .add(new SvgChart.Series("Same title", "#d62728", List.of(new SvgChart.Point(1.5, 0.6, "second 1")), false));
            String svg = chart.render("h");
            for (String tip : List.of("first 1", "first 2", "second 1")) {
                assertTrue(svg.contains("<title>" + tip + "</title>"), tip);
            }
            assertTrue(svg.contains(">0.25</text>") && !svg.contains(">0,25</text>"), "a point, not the German comma");
            String one = new SvgChart("Volume", "d", "time", "comments").timeAxis(ZoneId.of("UTC"), HOUR).integerY()
                    .add(new SvgChart.Series("all", "#345678", List.of(new SvgChart.Point(1_694_635_200, 3, "x")), true))
                    .render("one");
            assertTrue(one.matches("(?s).*>\\d\\d:\\d\\d</text>.*"), "an hour on the time axis, not milliseconds");
        } finally {
            Locale.setDefault(before);
        }
    }

    /**
     * The page defines each drawn style once as a class; a comment that reads like markup is text and stays as it was.
     */
    @Test
    void drawnStylesBecomeClassesAndTextIsLeftAlone() {
        String svg = new SvgChart("Volume", "d", "time", "comments").timeAxis(ZoneId.of("UTC"), HOUR).integerY()
                .add(new SvgChart.Series("all", "#345678", BARS, true)).render("v");
        String comment = org.jsoup.nodes.Entities.escape("I'd write <b style='x'>bold</b>, and style='color:red' too");
        String page = "<html><head><title>t</title></head><body>" + svg + "<p>" + comment + "</p></body></html>";
        String shared = SvgChart.sharedStyles(page);
        assertTrue(shared.contains("<p>" + comment + "</p>"), "the comment is untouched");
        assertTrue(!shared.contains(" style='fill"), "every drawn style is a class now");
        Matcher rules = Pattern.compile("\\.(jf\\d+)\\{").matcher(shared.substring(0, shared.indexOf("</head>")));
        int n = 0;
        while (rules.find()) {
            assertTrue(shared.contains("class='" + rules.group(1) + "'"), rules.group(1));
            n++;
        }
        assertTrue(n >= 3 && shared.length() < page.length(), n + " classes");
    }

    /** Day buckets over two days show their dates under the chart, never hours of the day that no point is at. */
    @Test
    void dayBucketsAreLabelledByDate() {
        long day = 86_400;
        List<SvgChart.Point> days = List.of(new SvgChart.Point(1_694_563_200, 0.2, "13 Sep"),
                new SvgChart.Point(1_694_563_200 + day, 0.4, "14 Sep"), new SvgChart.Point(1_694_563_200 + 2 * day, 0.3, "15 Sep"));
        String svg = new SvgChart("Concern", "d", "time", "mean concern").yRange(0, 1)
                .timeAxis(ZoneId.of("Europe/Berlin"), java.time.Duration.ofDays(1))
                .add(new SvgChart.Series("c", "#1f77b4", days, false)).render("days");
        assertTrue(!svg.matches("(?s).*>\\d\\d:\\d\\d</text>.*"), "no hour labels");
        assertTrue(svg.matches("(?s).*>1[345]-Sep</text>.*"), "dates as labels");
        String one = new SvgChart("Volume", "d", "time", "comments").timeAxis(ZoneId.of("UTC"), java.time.Duration.ofDays(1))
                .integerY().add(new SvgChart.Series("all", "#345678", List.of(days.get(0)), true)).render("one-day");
        assertTrue(!one.matches("(?s).*>\\d\\d:\\d\\d</text>.*"), "a day alone is a date too");
    }
}
