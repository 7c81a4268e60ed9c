package io.commentpulse.report;

import io.commentpulse.io.DisplayWidth;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The one-screen summary of a run: overall sentiment and concern, then the articles with the most comments. */
public final class RunSummary {
    private static final int ARTICLES = 10;

    private RunSummary() {
    }

    public static void print(PrintStream out, Aggregator agg) {
        Tally all = agg.all().total();
        if (all.comments() > 0) {
            out.printf(Locale.ROOT, "  sentiment: %.0f%% negative, %.0f%% neutral, %.0f%% positive (mean score %+.2f)%n",
                    all.shareNegative() * 100, all.shareNeutral() * 100, all.sharePositive() * 100, all.meanSentiment());
            out.printf(Locale.ROOT, "  concern: mean %.2f, %.0f%% of comments concerned (>= %.2f)%n",
                    all.meanConcern(), all.shareConcerned() * 100, agg.threshold());
        }
        List<ArticleSummary> byComments = new ArrayList<>(agg.articles());
        byComments.sort(Comparator.comparingLong((ArticleSummary a) -> a.total().comments()).reversed());
        for (ArticleSummary a : byComments.subList(0, Math.min(ARTICLES, byComments.size()))) {
            out.printf(Locale.ROOT, "  %s %5d comments%s%n",
                    DisplayWidth.pad(a.title().isBlank() ? a.articleId() : a.title(), 60), a.total().comments(),
                    a.total().comments() == 0 ? "" : String.format(Locale.ROOT, ", concern %.2f", a.total().meanConcern()));
        }
        if (byComments.size() > ARTICLES) {
            out.printf("  … and %d more articles (see reaction-by-article.csv)%n", byComments.size() - ARTICLES);
        }
    }
}
