/**
 * The command-line tool (命令行工具) for researchers: {@code validate}, {@code import-divisions},
 * {@code assess}, {@code scenario}, {@code sweep}, {@code explain}; the embedded default ruleset and
 * synthetic data from a seed so that every command runs out of the box, or one's own tree and
 * measurements from CSV files ({@code TreeCsv}, {@code MeasurementsCsv}). Ctrl-C cancels a run
 * ({@code CtrlC}, {@code RunControl}) and output files appear whole or not at all ({@code
 * OutputFiles}).
 */
package org.grassroots.cli;
