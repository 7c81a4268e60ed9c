/**
 * Comments from where people keep them: data files (JSON Lines, JSON arrays) read into the comments-CSV columns
 * the rest of the pipeline takes, with their fields found by name or mapped by the user. Below cli, beside extract.
 */
package io.commentpulse.input;
