package io.commentpulse.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, item 10: the count axis covers the largest bar (it stopped at 162 while buckets held 215 and 183). */
class SvgChartTest {
    @Test
    void theCountAxisReachesTheLargestBarAndNoBarLeavesThePlot() {
        List<SvgChart.Point> points = List.of(new SvgChart.Point(0, 40, "a"), new SvgChart.Point(1, 215, "b"),
                new SvgChart.Point(2, 183, "c"), new SvgChart.Point(3, 7, "d"));
        String svg = new SvgChart("Volume", "comments per day", "day", "comments").integerY()
                .add(new SvgChart.Series("all", "#345", points, true)).render("v");
        Matcher ticks = Pattern.compile("<text class=\"tick\" x=\"\\d+\" y=\"[0-9.]+\" text-anchor=\"end\">(\\d+)</text>")
                .matcher(svg);
        long top = 0;
        while (ticks.find()) {
            top = Math.max(top, Long.parseLong(ticks.group(1)));
        }
        assertTrue(top >= 215, "top tick " + top);
        Matcher bars = Pattern.compile("<rect class=\"point\" x=\"[0-9.]+\" y=\"(-?[0-9.]+)\"").matcher(svg);
        int n = 0;
        while (bars.find()) {
            assertTrue(Double.parseDouble(bars.group(1)) >= 16 - 1e-6, "a bar starts above the plot: " + bars.group(1));
            n++;
        }
        assertTrue(n == 4, "bars " + n);
    }
}
