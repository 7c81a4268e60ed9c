package io.commentpulse.report;

import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small inline-SVG chart: numeric x and y axes with ticks and labels, line or bar series, a legend, and a
 * text alternative ({@code <title>}, {@code <desc>}). Every point carries a tooltip.
 */
final class SvgChart {
    /** One point: x value, y value and its tooltip text. */
    record Point(double x, double y, String tip) {
    }

    /** A named series drawn as a line with dots, or as bars. */
    record Series(String name, String color, List<Point> points, boolean bars) {
    }

    private static final int W = 860;
    private static final int H = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 48;
    private static final int TOP = 16;
    private static final int BOTTOM = 58;

    private final String title;
    private final String description;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;
    private java.util.function.DoubleFunction<String> xFormat = v -> fmt(v);
    private List<Double> xTicks;
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

    SvgChart xFormat(java.util.function.DoubleFunction<String> f) {
        xFormat = f;
        return this;
    }

    /** Ticks at these x values (thinned to at most 8) instead of evenly spaced ones. */
    SvgChart xTicks(List<Double> ticks) {
        this.xTicks = ticks;
        return this;
    }

    /** The y values are counts: whole-number ticks only. */
    SvgChart integerY() {
        this.integerY = true;
        return this;
    }

    SvgChart add(Series s) {
        series.add(s);
        return this;
    }

    String render(String id) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        int points = 0;
        for (Series s : series) {
            for (Point p : s.points()) {
                x0 = Math.min(x0, p.x());
                x1 = Math.max(x1, p.x());
                y0 = Math.min(y0, p.y());
                y1 = Math.max(y1, p.y());
                points++;
            }
        }
        if (points == 0) {
            return "<p class=\"empty\">No dated comments to chart.</p>";
        }
        if (!Double.isNaN(yMin)) {
            y0 = yMin;
            y1 = yMax;
        } else {
            y0 = Math.min(0, y0);
            y1 = y1 <= y0 ? y0 + 1 : y1;
        }
        boolean anyBars = series.stream().anyMatch(Series::bars);
        double barSlot = 0;
        if (anyBars) {
            int n = series.stream().filter(Series::bars).mapToInt(s -> s.points().size()).max().orElse(1);
            barSlot = n > 1 ? (x1 - x0) / (n - 1) : 1;
            x0 -= barSlot / 2;
            x1 += barSlot / 2;
        }
        if (x1 <= x0) {
            x0 -= 1;
            x1 += 1;
        }
        List<Double> yTicks = new ArrayList<>();
        if (integerY) {
            long step = Math.max(1, (long) Math.ceil((y1 - y0) / 4));
            y1 = Math.max(y1, y0 + step);
            // the last tick is the first at or above the largest value, so no bar runs off the plot
            double v = y0;
            yTicks.add(v);
            while (v < y1 - 1e-9) {
                v += step;
                yTicks.add(v);
            }
            y1 = v;
        } else {
            for (int i = 0; i <= 4; i++) {
                yTicks.add(y0 + (y1 - y0) * i / 4);
            }
        }
        final double fx0 = x0;
        final double fx1 = x1;
        final double fy0 = y0;
        final double fy1 = y1;
        java.util.function.DoubleUnaryOperator sx = v -> LEFT + (v - fx0) / (fx1 - fx0) * (W - LEFT - RIGHT);
        java.util.function.DoubleUnaryOperator sy = v -> H - BOTTOM - (v - fy0) / (fy1 - fy0) * (H - TOP - BOTTOM);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" "
                + "aria-labelledby=\"%s-t %s-d\" data-points=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">", id, W, H, id, id, points));
        sb.append("<title id=\"").append(id).append("-t\">").append(esc(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-d\">").append(esc(description)).append("</desc>");
        // y grid and ticks
        for (double v : yTicks) {
            double y = sy.applyAsDouble(v);
            sb.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, W - RIGHT, y, y));
            sb.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 6, y + 4, fmt(v)));
        }
        // x ticks
        List<Double> xs = new ArrayList<>();
        if (xTicks != null && !xTicks.isEmpty()) {
            int every = (int) Math.ceil(xTicks.size() / 8.0);
            for (int i = 0; i < xTicks.size(); i += every) {
                xs.add(xTicks.get(i));
            }
        } else {
            for (int i = 0; i <= 6; i++) {
                xs.add(x0 + (x1 - x0) * i / 6);
            }
        }
        for (double v : xs) {
            double x = sx.applyAsDouble(v);
            sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>", x, x, H - BOTTOM, H - BOTTOM + 5));
            sb.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, H - BOTTOM + 18, esc(xFormat.apply(v))));
        }
        sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT, W - RIGHT, H - BOTTOM, H - BOTTOM));
        sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT, LEFT, TOP, H - BOTTOM));
        sb.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", (LEFT + W - RIGHT) / 2, H - 22, esc(xLabel)));
        sb.append(String.format(Locale.ROOT, "<text class=\"label\" transform=\"translate(14,%d) rotate(-90)\" text-anchor=\"middle\">%s</text>", (TOP + H - BOTTOM) / 2, esc(yLabel)));
        for (Series s : series) {
            if (s.bars()) {
                double bw = Math.max(2, (sx.applyAsDouble(x0 + barSlot) - sx.applyAsDouble(x0)) * 0.8);
                for (Point p : s.points()) {
                    double x = sx.applyAsDouble(p.x()) - bw / 2;
                    double y = sy.applyAsDouble(Math.max(0, p.y()));
                    double base = sy.applyAsDouble(Math.max(y0, 0));
                    sb.append(String.format(Locale.ROOT, "<rect class=\"point\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                            x, Math.min(y, base), bw, Math.abs(base - y), s.color(), esc(p.tip())));
                }
            } else {
                StringBuilder path = new StringBuilder();
                for (Point p : s.points()) {
                    path.append(path.length() == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", sx.applyAsDouble(p.x()), sy.applyAsDouble(p.y())));
                }
                sb.append("<path fill=\"none\" stroke-width=\"2\" stroke=\"").append(s.color()).append("\" d=\"").append(path).append("\"/>");
                for (Point p : s.points()) {
                    sb.append(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s</title></circle>",
                            sx.applyAsDouble(p.x()), sy.applyAsDouble(p.y()), s.color(), esc(p.tip())));
                }
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

    static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%d", (long) Math.rint(v));
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.0f" : "%.2f", v);
    }
}
