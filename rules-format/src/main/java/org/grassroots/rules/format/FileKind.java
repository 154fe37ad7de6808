package org.grassroots.rules.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grassroots.input.Check;

/**
 * The kinds of file the format defines (文件类型), each with its published JSON Schema under a
 * stable {@code https://} {@code $id}, and how a file is recognised as one kind or the other — so
 * that a tool checks a cases file as cases rather than as a ruleset with unknown fields.
 */
public enum FileKind {
  /** A ruleset (考核规则集): recognised by its {@code subjectKind}, which every ruleset has. */
  RULESET(RulesetFiles.SCHEMA_RESOURCE, "subjectKind"),
  /** Fixture cases of a ruleset (规则测试用例): recognised by its {@code cases} (without {@code program}). */
  CASES(RulesetFiles.CASES_SCHEMA_RESOURCE, "cases"),
  /** A program (工作项目: a star scheme, community types, …): recognised by its {@code program} (without {@code cases}). */
  PROGRAM(ProgramFiles.SCHEMA_RESOURCE, "program"),
  /** Fixture cases of a program (项目测试用例): recognised by its {@code program} and its {@code cases}. */
  PROGRAM_CASES(ProgramCases.SCHEMA_RESOURCE, "program", "cases");

  /** The order a file's top-level fields are tried in: the kind with more markers first. */
  private static final List<FileKind> BY_MARKERS = List.of(RULESET, PROGRAM_CASES, CASES, PROGRAM);

  /** Where the published schemas live; each schema's {@code $id} is this and its file name. */
  public static final String SCHEMA_BASE = "https://grassroots.github.io/schemas/1/";

  private final String resource;
  private final List<String> markers;

  FileKind(String resource, String... markers) {
    this.resource = resource;
    this.markers = List.of(markers);
  }

  /** The schema's file name, e.g. {@code ruleset.schema.json}: the name to write it under. */
  public String schemaFileName() {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  /** The schema's stable {@code $id}, e.g. {@code https://grassroots.github.io/schemas/1/ruleset.schema.json}. */
  public String schemaId() {
    return SCHEMA_BASE + schemaFileName();
  }

  /** The classpath location of the schema in this jar. */
  public String schemaResource() {
    return resource;
  }

  /** The JSON Schema (draft 2020-12) of this kind of file, as published (UTF-8 JSON text). */
  public String schema() {
    try (InputStream in = FileKind.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The kind of the file at {@code path}: by its {@code $schema} when it names one of the schemas,
   * else by the fields only that kind has at its top ({@code subjectKind}; {@code program} and
   * {@code cases}; {@code cases}; {@code program}), else by its name ({@code *.cases.yaml} is a
   * ruleset's cases, {@code *.program.yaml} a program), else a ruleset — whose reader then reports what is
   * wrong with it. Never throws for the file's content; an unreadable file is recognised by name.
   */
  public static FileKind recognise(Path path) {
    Check.notNull("path", path);
    String name = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      return recognise(name, SourceText.read(name, in));
    } catch (IOException | RulesetFileException e) {
      return byName(name);
    }
  }

  /** The kind of a file named {@code file} holding {@code text}; as {@link #recognise(Path)}. */
  public static FileKind recognise(String file, String text) {
    Check.notBlank("file", file);
    Check.notNull("text", text);
    JsonNode root;
    try {
      root = LocatedTree.parse(file, FileFormat.of(file), new StringReader(text)).root;
    } catch (RulesetFileException e) {
      return byName(file);
    }
    if (root.isObject()) {
      String declared = root.path("$schema").asText("");
      for (FileKind k : values()) {
        if (!declared.isEmpty() && (declared.equals(k.schemaId()) || declared.endsWith("/" + k.schemaFileName()))) {
          return k;
        }
      }
      for (FileKind k : BY_MARKERS) {
        if (k.markers.stream().allMatch(root::has)) {
          return k;
        }
      }
    }
    return byName(file);
  }

  private static FileKind byName(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    return name.contains(".cases.") ? CASES : name.contains(".program.") ? PROGRAM : RULESET;
  }
}
