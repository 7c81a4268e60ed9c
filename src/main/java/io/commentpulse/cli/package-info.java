/**
 * The {@code pulse} command line: one picocli class per subcommand, on top of the extract, score, model and
 * report packages. Commands parse options, wire the stages together and map outcomes to exit codes
 * (0 ok, 1 some inputs failed, 2 usage error).
 */
package io.commentpulse.cli;
