package org.grassroots.rules.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;

/**
 * Reads and writes program files (项目文件读写): star schemes (五星联创, 星级评定) and community types
 * (六型社区) as YAML or JSON, with the machinery of ruleset files — every problem with its file,
 * line and path in both languages, a JSON Schema ({@link #SCHEMA_RESOURCE}), and overrides: a file
 * that {@code extends} another (a district over its city's scheme) declares only what it changes.
 * {@link #load} follows the chain, reads the ruleset file of the criteria and builds the program
 * ({@link DeclaredProgram}).
 */
public final class ProgramFiles {
  /** The classpath location of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE = "/org/grassroots/rules/format/program.schema.json";

  private ProgramFiles() {}

  /**
   * Reads a program file from {@code text}; the syntax follows the name ({@code .json} or YAML).
   *
   * @throws RulesetFileException with every problem found
   */
  public static ProgramDocument read(String file, String text) {
    Check.notBlank("file", file);
    Check.notNull("text", text);
    return ProgramReader.read(LocatedTree.parse(file, FileFormat.of(file), new StringReader(text)));
  }

  /** Reads a program file from disk: UTF-8, at most {@link FileLimits#MAX_FILE_SIZE} bytes. */
  public static ProgramDocument read(Path path) {
    Check.notNull("path", path);
    try (InputStream in = Files.newInputStream(path)) {
      return read(path.toString(), SourceText.read(path.toString(), in));
    } catch (IOException e) {
      throw RulesetFiles.ioProblem(path.toString(), e);
    }
  }

  /** Reads a program file from a URL (e.g. a classpath resource), named by its last two path segments. */
  public static ProgramDocument read(URL url) {
    Check.notNull("url", url);
    String name = RulesetFiles.displayName(url);
    try (InputStream in = url.openStream()) {
      return read(name, SourceText.read(name, in));
    } catch (IOException e) {
      throw RulesetFiles.ioProblem(name, e);
    }
  }

  /** The declaration as text in {@code format}; reading it back gives an equal declaration. */
  public static String write(ProgramDeclaration program, FileFormat format) {
    Check.notNull("program", program);
    Check.notNull("format", format);
    try {
      return format.mapper().writeValueAsString(ProgramWriter.program(program));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The program of the file at {@code path}: its {@code extends} chain followed (each path relative
   * to the file naming it, or a class path resource {@code classpath:/…}), the ruleset file of its criteria read (a ruleset with a parent inherits
   * from the rulesets of its own directory) and the program built.
   *
   * @throws RulesetFileException with the file, line and path of what is wrong
   */
  public static DeclaredProgram load(Path path) {
    Check.notNull("path", path);
    return load(Source.of(path.toAbsolutePath().normalize()));
  }

  /** As {@link #load(Path)}, from a URL (e.g. a classpath resource); relative paths resolve against it. */
  public static DeclaredProgram load(URL url) {
    Check.notNull("url", url);
    return load(Source.of(url));
  }

  private static DeclaredProgram load(Source leaf) {
    List<ProgramDocument> chain = new ArrayList<>(); // leaf first
    List<Source> sources = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Source cur = leaf;
    while (true) {
      ProgramDocument d = cur.read();
      if (!seen.add(cur.key())) {
        throw chain.get(chain.size() - 1).problem("parent", "format.program.cycle", cur.key());
      }
      chain.add(d);
      sources.add(cur);
      Optional<String> parent = d.declaration().parent();
      if (parent.isEmpty()) {
        break;
      }
      Source next = cur.resolve(parent.get());
      if (!next.exists()) {
        throw d.problem("parent", "format.notFound", parent.get());
      }
      cur = next;
    }
    return ProgramBuilder.build(chain, sources);
  }

  /** Where a file comes from: a path on disk or a URL; relative names resolve against it. */
  abstract static class Source {
    static Source of(Path p) {
      return new Source() {
        @Override
        ProgramDocument read() {
          return ProgramFiles.read(p);
        }

        @Override
        Ruleset ruleset() {
          return RulesetFiles.read(p).ruleset().parent().isEmpty() ? RulesetFiles.read(p).ruleset()
              : RulesetLibrary.readDirectory(p.getParent()).effective(RulesetFiles.read(p));
        }

        @Override
        Source resolveRelative(String relative) {
          return of(p.resolveSibling(relative).normalize());
        }

        @Override
        boolean exists() {
          return Files.isRegularFile(p);
        }

        @Override
        String key() {
          return p.toString();
        }
      };
    }

    static Source of(URL u) {
      return new Source() {
        @Override
        ProgramDocument read() {
          return ProgramFiles.read(u);
        }

        @Override
        Ruleset ruleset() {
          RulesetDocument d = RulesetFiles.read(u);
          return d.ruleset().parent().isEmpty() ? d.ruleset() : RulesetLibrary.of(List.of(d)).effective(d);
        }

        @Override
        Source resolveRelative(String relative) {
          String s = u.toString();
          try {
            return of(new URL(s.substring(0, s.lastIndexOf('/') + 1) + relative));
          } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        boolean exists() {
          try (InputStream in = u.openStream()) {
            return in != null;
          } catch (IOException e) {
            return false;
          }
        }

        @Override
        String key() {
          return u.toString();
        }
      };
    }

    /** The prefix of a name on the class path, e.g. {@code classpath:/org/grassroots/rules/format/examples/x.yaml}. */
    static final String CLASSPATH = "classpath:";

    /**
     * The file {@code name} names from this one: a class path resource ({@code classpath:/…}, looked
     * up in the thread's class loader, then this library's), or a path relative to this file.
     */
    final Source resolve(String name) {
      if (!name.startsWith(CLASSPATH)) {
        return resolveRelative(name);
      }
      String resource = name.substring(CLASSPATH.length());
      resource = resource.startsWith("/") ? resource.substring(1) : resource;
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      URL url = context == null ? null : context.getResource(resource);
      if (url == null) {
        url = ProgramFiles.class.getClassLoader().getResource(resource);
      }
      return url == null ? missing(name) : of(url);
    }

    /** A name that finds no file: it does not {@link #exists()}. */
    private static Source missing(String name) {
      return new Source() {
        @Override
        ProgramDocument read() {
          throw new IllegalStateException("no file " + name);
        }

        @Override
        Ruleset ruleset() {
          throw new IllegalStateException("no file " + name);
        }

        @Override
        Source resolveRelative(String relative) {
          return missing(relative);
        }

        @Override
        boolean exists() {
          return false;
        }

        @Override
        String key() {
          return name;
        }
      };
    }

    abstract ProgramDocument read();

    /** This source read as a ruleset file, its inheritance resolved. */
    abstract Ruleset ruleset();

    abstract Source resolveRelative(String relative);

    abstract boolean exists();

    abstract String key();
  }
}
