/**
 * The command-line tool (命令行工具) for researchers: {@code validate}, {@code import-divisions},
 * {@code assess}, {@code scenario}, {@code sweep}, {@code explain}; the embedded default ruleset and
 * synthetic data from a seed so that every command runs out of the box.
 */
package org.grassroots.cli;
