package io.commentpulse.report;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jsoup.nodes.Entities;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A chart as inline SVG: JFreeChart lays out the axes (a date axis in the report's zone, or a number axis), the lines
 * and bars; JFreeSVG writes what it draws. Around it: a text alternative ({@code <title>}, {@code <desc>}), a
 * tooltip over every point, and an HTML legend.
 */
final class SvgChart {
    /** One point: x value (epoch seconds on a time axis), y value and its tooltip text. */
    record Point(double x, double y, String tip) {
    }

    /** A named series drawn as a line with dots, or as bars. */
    record Series(String name, String color, List<Point> points, boolean bars) {
    }

    private static final int W = 860;
    private static final int H = 300;
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        // a rotated axis label is drawn as text (a string under a rotation), not as the outlines of its glyphs, so that
        // it can be read, found and copied in the report
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final String title;
    private final String description;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;
    private ZoneId timeZone;
    private long bucketMillis;
    private boolean integerY;

    SvgChart(String title, String description, String xLabel, String yLabel) {
        this.title = title;
        this.description = description;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    SvgChart yRange(double min, double max) {
        yMin = min;
        yMax = max;
        return this;
    }

    /**
     * The x values are epoch seconds of buckets {@code bucket} long, shown as dates and times in {@code zone}: no tick
     * is closer than a bucket, so day buckets show dates, never hours of a day no point is at.
     */
    SvgChart timeAxis(ZoneId zone, java.time.Duration bucket) {
        this.timeZone = zone;
        this.bucketMillis = bucket.toMillis();
        return this;
    }

    /** The y values are counts: whole-number ticks only, from zero. */
    SvgChart integerY() {
        this.integerY = true;
        return this;
    }

    SvgChart add(Series s) {
        series.add(s);
        return this;
    }

    /** The chart JFreeChart draws, or null when no series has a point. */
    JFreeChart chart() {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeriesCollection bars = new XYSeriesCollection();
        List<Series> lineSeries = new ArrayList<>();
        List<Series> barSeries = new ArrayList<>();
        double scale = timeZone == null ? 1 : 1000;   // a date axis counts milliseconds
        double gap = Double.POSITIVE_INFINITY;
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            if (s.points().isEmpty()) {
                continue;
            }
            // keyed by its place, not its name: two articles may have the same title
            XYSeries xy = new XYSeries(k, false, true);
            for (Point p : s.points()) {
                xy.add(p.x() * scale, p.y());
            }
            for (int i = 1; i < s.points().size(); i++) {
                double d = Math.abs(s.points().get(i).x() - s.points().get(i - 1).x()) * scale;
                gap = d > 0 ? Math.min(gap, d) : gap;
            }
            (s.bars() ? bars : lines).addSeries(xy);
            (s.bars() ? barSeries : lineSeries).add(s);
        }
        if (lines.getSeriesCount() + bars.getSeriesCount() == 0) {
            return null;
        }
        ValueAxis x;
        if (timeZone != null) {
            DateAxis d = new DateAxis(xLabel, TimeZone.getTimeZone(timeZone), Locale.ENGLISH);
            // one bucket alone still shows its date and hour (the axis spans at least two buckets)
            d.setAutoRangeMinimumSize(2 * Math.max(bucketMillis, Double.isInfinite(gap) ? 3600 * scale : gap));
            TickUnitSource standard = DateAxis.createStandardDateTickUnits(TimeZone.getTimeZone(timeZone), Locale.ENGLISH);
            if (standard instanceof TickUnits all) {
                TickUnits coarse = new TickUnits();
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).getSize() >= bucketMillis) {
                        coarse.add(all.get(i));
                    }
                }
                d.setStandardTickUnits(coarse.size() > 0 ? coarse : all);
            }
            d.setLowerMargin(0.02);
            d.setUpperMargin(0.02);
            x = d;
        } else {
            NumberAxis n = new NumberAxis(xLabel);
            n.setAutoRangeIncludesZero(false);
            n.setAutoRangeMinimumSize(1);
            n.setNumberFormatOverride(number());
            x = n;
        }
        NumberAxis y = new NumberAxis(yLabel);
        if (integerY) {
            // whole-number ticks from zero, the last at or above the largest value, so no bar runs off the plot
            double max = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y).max().orElse(1);
            long step = niceStep(Math.max(1, max) / 5);
            y.setRange(0, Math.max(step, Math.ceil(max / step) * step));
            y.setTickUnit(new NumberTickUnit(step, number()));
        } else if (!Double.isNaN(yMin)) {
            y.setRange(yMin, yMax);
            y.setTickUnit(new NumberTickUnit((yMax - yMin) / 4, number()));   // five lines are enough to read a mean by
        }
        y.setNumberFormatOverride(number());
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        int index = 0;
        if (bars.getSeriesCount() > 0) {
            // a bar as wide as four fifths of the closest two points' distance (a bucket)
            bars.setIntervalWidth(Double.isInfinite(gap) ? 3600 * scale : gap * 0.8);
            XYBarRenderer r = new XYBarRenderer();
            r.setBarPainter(new StandardXYBarPainter());
            r.setShadowVisible(false);
            r.setDrawBarOutline(false);
            for (int i = 0; i < barSeries.size(); i++) {
                r.setSeriesPaint(i, Color.decode(barSeries.get(i).color()));
            }
            plot.setDataset(index, bars);
            plot.setRenderer(index++, r);
        }
        if (lines.getSeriesCount() > 0) {
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
            for (int i = 0; i < lineSeries.size(); i++) {
                r.setSeriesPaint(i, Color.decode(lineSeries.get(i).color()));
                r.setSeriesStroke(i, new BasicStroke(2f));
                r.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            }
            plot.setDataset(index, lines);
            plot.setRenderer(index, r);
        }
        for (ValueAxis a : List.of(x, y)) {
            a.setTickLabelFont(TICKS);
            a.setLabelFont(LABELS);
            a.setTickMarksVisible(false);   // the grid and the labels say where a tick is; each mark was an element more
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    /**
     * Null where Java can measure text with the system's fonts, else what failed (said once on stderr): a machine
     * without fonts (no fontconfig, no font package) still gets its tables and report, without the charts.
     */
    private static final class Fonts {
        static final String FAILURE = probe();   // probed once, on the first chart drawn
    }

    private static String probe() {
        try {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
            TICKS.getStringBounds("0.25 Feb-2011", img.createGraphics().getFontRenderContext());
            return null;
        } catch (Error | RuntimeException e) {
            System.err.println("pulse: the report's charts are not drawn (" + e + "); install fontconfig and a font "
                    + "(Debian: apt-get install fontconfig fonts-dejavu-core)");
            return String.valueOf(e);
        }
    }

    String render(String id) {
        JFreeChart chart = chart();
        if (chart == null) {
            return "<p class=\"empty\">No dated comments to chart.</p>";
        }
        SVGGraphics2D g = new SVGGraphics2D(W, H);
        g.setDefsKeyPrefix(id + "-");   // clip ids unique in the page, and the same on every run
        g.setGeomDoubleConverter(v -> Double.toString(Math.round(v * 10) / 10.0));
        ChartRenderingInfo info = new ChartRenderingInfo();
        if (Fonts.FAILURE != null) {
            return "<p class=\"empty\">" + esc(title) + ": not drawn on this machine (Java found no font to measure its "
                    + "labels with; the run's messages say more). The tables below and the CSV files hold its figures.</p>";
        }
        chart.draw(g, new Rectangle(0, 0, W, H), info);
        String drawn = g.getSVGElement();
        String inner = drawn.substring(drawn.indexOf('>') + 1, drawn.lastIndexOf("</svg>"));
        int points = series.stream().mapToInt(s -> s.points().size()).sum();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" "
                + "aria-labelledby=\"%s-t %s-d\" data-points=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">", id, W, H, id, id, points));
        sb.append("<title id=\"").append(id).append("-t\">").append(esc(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-d\">").append(esc(description)).append("</desc>");
        sb.append(inner);
        // each point's tooltip over the place JFreeChart drew it
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof XYItemEntity item) {
                Point p = pointOf(item);
                Rectangle2D r = item.getArea().getBounds2D();
                sb.append(String.format(Locale.ROOT, "<rect class=\"point\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                                + "height=\"%.1f\" fill=\"transparent\"><title>%s</title></rect>", r.getX(), r.getY(),
                        Math.max(1, r.getWidth()), Math.max(1, r.getHeight()), esc(p == null ? "" : p.tip())));
            }
        }
        sb.append("</svg>");
        sb.append("<ul class=\"legend\">");
        for (Series s : series) {
            sb.append("<li><span class=\"swatch\" style=\"background:").append(s.color()).append("\"></span>")
                    .append(esc(s.name())).append("</li>");
        }
        sb.append("</ul>");
        return sb.toString();
    }

    /** The point an entity of the drawn chart stands for (its series is keyed by its place in {@code series}). */
    private Point pointOf(XYItemEntity item) {
        List<Point> points = series.get((Integer) item.getDataset().getSeriesKey(item.getSeriesIndex())).points();
        return item.getItem() < points.size() ? points.get(item.getItem()) : null;
    }

    /** A style attribute in single quotes inside a tag (text is escaped, so a comment's "style='…'" is no tag). */
    private static final java.util.regex.Pattern DRAWN_STYLE = java.util.regex.Pattern.compile("(<\\w+[^<>]*?) style='([^'<>]*)'");

    /**
     * {@code html} with the style JFreeSVG writes on every element it draws ({@code style='…'}, single-quoted: nothing
     * else in the report writes one so) replaced by a class per distinct style, defined once before {@code </head>}:
     * a report draws thousands of elements in a few dozen styles (half the size of its charts).
     */
    static String sharedStyles(String html) {
        java.util.Map<String, String> classes = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = DRAWN_STYLE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String name = classes.computeIfAbsent(m.group(2), k -> "jf" + classes.size());
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1) + " class='" + name + "'"));
        }
        m.appendTail(out);
        StringBuilder css = new StringBuilder("<style>");
        classes.forEach((style, name) -> css.append('.').append(name).append('{').append(style).append('}'));
        css.append("</style></head>");
        int head = out.indexOf("</head>");
        return head < 0 || classes.isEmpty() ? out.toString() : out.replace(head, head + "</head>".length(), css.toString()).toString();
    }

    /** Axis numbers as the rest of the report writes them, whatever the machine's locale: "0.25", "1000". */
    private static java.text.NumberFormat number() {
        return new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** The smallest of 1, 2 and 5 times a power of ten that is at least {@code rough} (and at least 1). */
    static long niceStep(double rough) {
        if (!(rough < 1e15)) {
            return 1;
        }
        long p = 1;
        while (true) {
            for (long m : new long[]{1, 2, 5}) {
                if (m * p >= rough) {
                    return m * p;
                }
            }
            p *= 10;
        }
    }

    static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }
}
