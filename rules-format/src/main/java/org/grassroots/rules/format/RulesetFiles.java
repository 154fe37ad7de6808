package org.grassroots.rules.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;

/**
 * Reads and writes rulesets as YAML or JSON files (规则集文件读写). Reading collects every problem of
 * a file — syntax, unknown or missing fields, wrong types, values the model refuses — each with the
 * file, line, column and path, and throws them together as a {@link RulesetFileException}. Writing
 * gives text that reads back to an equal ruleset.
 *
 * <p>Reading does not validate the rules themselves (bands with gaps, weights, unknown ids): a
 * district file holds only overrides, so that is done on the effective ruleset by {@link
 * RulesetLibrary}, which places each validator error at its line too.
 */
public final class RulesetFiles {
  /** The classpath location of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE = "/org/grassroots/rules/format/ruleset.schema.json";
  /** The classpath location of the JSON Schema of fixture-case files ({@link RulesetCases}). */
  public static final String CASES_SCHEMA_RESOURCE = "/org/grassroots/rules/format/ruleset-cases.schema.json";

  private RulesetFiles() {}

  /**
   * Reads a ruleset from {@code text}; the syntax follows the name ({@code .json} or YAML).
   *
   * @param file the file's name as shown in messages
   * @throws RulesetFileException with every problem found
   */
  public static RulesetDocument read(String file, String text) {
    Check.notBlank("file", file);
    Check.notNull("text", text);
    return read(file, FileFormat.of(file), new StringReader(text));
  }

  /**
   * Reads a ruleset file from disk: UTF-8, at most {@link FileLimits#MAX_FILE_SIZE} bytes (a file
   * in another encoding is refused with its line and how to convert it).
   */
  public static RulesetDocument read(Path path) {
    Check.notNull("path", path);
    try (InputStream in = Files.newInputStream(path)) {
      String text = SourceText.read(path.toString(), in);
      return read(path.toString(), FileFormat.of(path.getFileName().toString()), new StringReader(text));
    } catch (IOException e) {
      throw ioProblem(path.toString(), e);
    }
  }

  /** Reads a ruleset file from a URL (e.g. a classpath resource) as {@link #read(Path)}; named by its path. */
  public static RulesetDocument read(URL url) {
    Check.notNull("url", url);
    String name = displayName(url);
    try (InputStream in = url.openStream()) {
      return read(name, FileFormat.of(name), new StringReader(SourceText.read(name, in)));
    } catch (IOException e) {
      throw ioProblem(name, e);
    }
  }

  /** Reads {@code text} in {@code format}; past {@link FileLimits} it is refused. */
  public static RulesetDocument read(String file, FileFormat format, Reader text) {
    Check.notBlank("file", file);
    Check.notNull("format", format);
    Check.notNull("text", text);
    return RulesetReader.read(LocatedTree.parse(file, format, text));
  }

  /** The ruleset as text in {@code format}; reading it back gives an equal ruleset. */
  public static String write(Ruleset ruleset, FileFormat format) {
    Check.notNull("ruleset", ruleset);
    Check.notNull("format", format);
    try {
      return format.mapper().writeValueAsString(RulesetWriter.ruleset(ruleset));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ruleset as YAML. */
  public static String toYaml(Ruleset ruleset) {
    return write(ruleset, FileFormat.YAML);
  }

  /** The ruleset as JSON. */
  public static String toJson(Ruleset ruleset) {
    return write(ruleset, FileFormat.JSON);
  }

  /** The last two segments of a URL's path (e.g. {@code examples/yungang.ruleset.yaml}). */
  static String displayName(URL url) {
    String p = url.getPath();
    int last = p.lastIndexOf('/');
    int before = last > 0 ? p.lastIndexOf('/', last - 1) : -1;
    return before >= 0 ? p.substring(before + 1) : p;
  }

  /** The file at {@code path} as a URL, for the readers that find the files it names relative to it. */
  static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw ioProblem(path.toString(), e);
    }
  }

  /**
   * Reads the file at {@code url} (strict UTF-8, within the format's limits), shown as {@code name}
   * in its problems, and hands its located tree to {@code parse} with the URL it was read from.
   */
  static <T> T parseFile(URL url, String name, BiFunction<URL, LocatedTree, T> parse) {
    try (InputStream in = url.openStream()) {
      String text = SourceText.read(name, in);
      return parse.apply(url, LocatedTree.parse(name, FileFormat.of(name), new StringReader(text)));
    } catch (IOException e) {
      throw ioProblem(name, e);
    }
  }

  static RulesetFileException ioProblem(String file, IOException e) {
    return new RulesetFileException(file, List.of(RulesetProblem.of(
        new SourceLocation(file, 1, 1), "", "format.io", String.valueOf(e.getMessage()))));
  }
}
