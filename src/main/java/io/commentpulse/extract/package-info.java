/**
 * Stage 1 of the pipeline: saved pages (HTML, or plain text copied from a page) in, reader comments and
 * article metadata out. {@link io.commentpulse.extract.PageExtractor} is the seam; {@link
 * io.commentpulse.extract.Extractor} picks the HTML or text implementation per page. Dates are read in five languages
 * ({@link io.commentpulse.extract.TimestampParser}), cue words come from {@link io.commentpulse.extract.CueWords}, and
 * the generalization checks see each page through a {@link io.commentpulse.extract.PageVariant}: other class names
 * and tags ({@link io.commentpulse.extract.MarkupVariant}) or another language ({@link io.commentpulse.extract.LocalizedPage}).
 */
package io.commentpulse.extract;
