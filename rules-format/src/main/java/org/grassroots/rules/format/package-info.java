/**
 * Rulesets as files (规则集文件): YAML and JSON read and written with Jackson, every error located by
 * file, path and line, a JSON Schema for editors, and fixture cases that pin a ruleset's published
 * outcomes as JUnit tests.
 */
package org.grassroots.rules.format;
