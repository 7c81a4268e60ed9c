/**
 * Stage 3 of the pipeline: scored comments in, reaction over time and across articles out, as CSV tables and a
 * self-contained HTML report with inline SVG charts (JFreeChart drawing them, JFreeSVG writing them). {@link io.commentpulse.report.ScoredCsvReader} streams the
 * input, {@link io.commentpulse.report.Aggregator} summarises it, the writers render the summary.
 */
package io.commentpulse.report;
