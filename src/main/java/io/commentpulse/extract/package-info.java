/**
 * Stage 1 of the pipeline: saved pages (HTML, or plain text copied from a page) in, reader comments and
 * article metadata out. {@link io.commentpulse.extract.PageExtractor} is the seam; {@link
 * io.commentpulse.extract.Extractor} picks the HTML or text implementation per page.
 */
package io.commentpulse.extract;
