package io.commentpulse.cli;

import io.commentpulse.explain.ExplainedCsv;
import io.commentpulse.explain.OcclusionExplainer;
import io.commentpulse.io.Progress;
import io.commentpulse.score.Scorer;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The {@code --explain} option of score and run: the words behind each score, added as two columns. */
final class ExplainOption {
    @Option(names = "--explain", description = "Also write concern_because and sentiment_because: the words that "
            + "moved each comment's scores, e.g. \"scary(+0.41) serious(+0.22)\" (occlusion, as `pulse explain`; about "
            + "80 comments/s here, so off by default). The report then highlights them.")
    boolean explain;

    /** Adds the two columns to {@code scored} in place (atomically) when --explain was given. */
    void apply(Scorer scorer, Path scored, boolean showProgress) throws IOException {
        if (!explain) {
            return;
        }
        Progress bar = new Progress("explaining", 0, showProgress);
        ExplainedCsv.write(new OcclusionExplainer(scorer, 3), List.of(scored), scored, System.err,
                n -> bar.update(n, ""));
    }
}
