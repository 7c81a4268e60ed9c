/**
 * Stage 1 of the pipeline: saved pages (HTML, an MHTML archive read by {@code MhtmlArchive}, a Safari Web Archive
 * by {@code WebArchive}, or plain text copied
 * from a page) in, reader comments and article metadata out; the frames saved with a page ({@code Frames}: an
 * archive's parts, or a "Webpage, Complete" save's {@code _files} folder, {@code FolderFrames}) are read where they stand. {@link io.commentpulse.extract.PageExtractor} is the seam; {@link
 * io.commentpulse.extract.Extractor} picks the HTML or text implementation per page. Dates are read in five languages
 * ({@link io.commentpulse.extract.TimestampParser}), cue words come from {@link io.commentpulse.extract.CueWords}, and
 * the generalization checks see each page through a {@link io.commentpulse.extract.PageVariant}: other class names
 * and tags ({@link io.commentpulse.extract.MarkupVariant}) or another language ({@link io.commentpulse.extract.LocalizedPage}), copied by a text browser ({@link
 * io.commentpulse.extract.TextBrowserCopy}) or saved again as MHTML by Chromium ({@link io.commentpulse.extract.ChromiumMhtml}).
 * The text reader ({@link io.commentpulse.extract.TextExtractor}) is split by concern: the lines as a browser wrapped
 * them ({@code CopyLines}; other browsers' list marks and buttons read as w3m's, {@code ListMarks}, {@code FormButtons}),
 * where a thread begins and ends ({@code ThreadBounds}), bylines ({@code TextBylines},
 * {@code BylineSides}), lists that look like threads ({@code TextListings}), comments' texts ({@code TextBodies},
 * {@code NextTitles}) and threads without dated bylines ({@code UndatedRecords}). The HTML record detector
 * ({@code RecordDetector}, which never reads class or id names) takes its evidence from the page's cues of comments
 * ({@code CommentCues}) and its date sites ({@code DateAnchors}), and rejects teasers and other look-alikes
 * ({@code TeaserRecords}). A located comment's fields are read by {@code CommentFields}, its author's name cleaned by
 * {@code AuthorNames} and its text of controls and prompts by {@code CommentChrome}. For speed, what a page asks
 * again is answered once ({@code Answers}: dates and record names per thread; {@code Markup}: an element's tokens per
 * page; {@code Remembered}: a skip test's answer per element), CSS queries are parsed once ({@code Selectors}), white
 * space runs are matched by one compiled pattern ({@code Spaces}), a pattern anchored at a text's end runs only where
 * that end can match ({@code TextEnds}) and the control tests stop at a text's first word ({@code FirstWord}); none of
 * these changes what is extracted.
 */
package io.commentpulse.extract;
