package org.grassroots.rules.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  /** Fixture cases of a ruleset (规则测试用例): recognised by its {@code cases}. */
  CASES(RulesetFiles.CASES_SCHEMA_RESOURCE, "cases");

  /** Where the published schemas live; each schema's {@code $id} is this and its file name. */
  public static final String SCHEMA_BASE = "https://grassroots.github.io/schemas/1/";

  private final String resource;
  private final String marker;

  FileKind(String resource, String marker) {
    this.resource = resource;
    this.marker = marker;
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
   * else by the field only that kind has at its top ({@code cases}, {@code subjectKind}), else by
   * its name ({@code *.cases.yaml} is cases), else a ruleset — whose reader then reports what is
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
      for (FileKind k : values()) {
        if (root.has(k.marker)) {
          return k;
        }
      }
    }
    return byName(file);
  }

  private static FileKind byName(String file) {
    return file.toLowerCase(Locale.ROOT).contains(".cases.") ? CASES : RULESET;
  }
}
