/**
 * Plumbing shared by every stage: CSV reading and writing with formula neutralisation, atomic file output,
 * progress reporting and content hashing. Nothing here knows about comments or models.
 */
package io.commentpulse.io;
