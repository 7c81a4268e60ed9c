/**
 * The main job on Apache Spark: pages (or comment tables) → extract → score → the same CSV files and report as
 * {@code pulse run}. The driver lists the pages and writes the outputs; executors extract and score partitions of
 * pages with the model loaded once per executor JVM ({@link io.commentpulse.spark.ExecutorModel}); the report's
 * aggregates are built per partition and merged in input order ({@link io.commentpulse.spark.PartialReport}).
 */
package io.commentpulse.spark;
