/**
 * Training, evaluation and provenance of the sentiment/concern model, beside the score stage: the canonical
 * labeled CSV (with a teacher's optional {@link io.commentpulse.model.SoftTargets}) and importers for the public
 * sets, the {@link io.commentpulse.model.Trainer}, the {@link io.commentpulse.model.Evaluator} and its metrics,
 * {@link io.commentpulse.model.PlattScaling} (fitting a concern calibration), and the manifest every model folder
 * carries.
 */
package io.commentpulse.model;
