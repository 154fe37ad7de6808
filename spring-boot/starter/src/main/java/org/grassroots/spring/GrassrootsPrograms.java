package org.grassroots.spring;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.format.DeclaredProgram;
import org.grassroots.rules.format.ProgramFiles;
import org.grassroots.rules.format.RulesetFileException;
import org.grassroots.rules.format.RulesetProblem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The programs of {@code grassroots.programs} (项目：星级评定、六型社区), each file's {@code extends}
 * chain and criteria ruleset followed, validated and built once at start-up. A bad file stops the
 * start-up: every problem of every file together, each at its file and line, in English and Chinese
 * ({@link RulesetFileException}).
 */
public class GrassrootsPrograms {
  private final ImmutableMap<String, DeclaredProgram> programs;

  protected GrassrootsPrograms(Map<String, DeclaredProgram> programs) {
    this.programs = ImmutableMap.copyOf(programs);
  }

  /**
   * Loads every program file the {@code locations} match (Spring resource locations with patterns).
   *
   * @throws RulesetFileException with every problem of every file (nothing is loaded)
   * @throws InvalidInputException ({@code boot.programsNotFound}) if a location matches no file, or
   *     ({@code boot.programTwice}) if two files declare the same program
   */
  public static GrassrootsPrograms load(ResourcePatternResolver resolver, List<String> locations) {
    Map<String, DeclaredProgram> out = new LinkedHashMap<>();
    List<RulesetProblem> problems = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String location : locations) {
      for (Resource r : ResourceLocations.readable(resolver, "grassroots.programs", location,
          "boot.programsNotFound")) {
        files.add(String.valueOf(r.getFilename()));
        try {
          DeclaredProgram p = ProgramFiles.load(r.getURL());
          String id = p.declaration().id();
          Check.that(out.putIfAbsent(id, p) == null, "boot.programTwice", "grassroots.programs", id,
              r.getFilename());
        } catch (RulesetFileException e) {
          problems.addAll(e.problems());
        } catch (IOException e) {
          throw new InvalidInputException("boot.programsNotFound", "grassroots.programs", location);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RulesetFileException(String.join(", ", files), problems);
    }
    return new GrassrootsPrograms(out);
  }

  /** Every loaded program, by its id, in file order. */
  public Map<String, DeclaredProgram> all() {
    return programs;
  }

  /**
   * The program {@code id}.
   *
   * @throws InvalidInputException ({@code boot.programNotLoaded}) if none of that id is loaded
   */
  public DeclaredProgram get(String id) {
    Check.notNull("program", id);
    DeclaredProgram p = programs.get(id);
    Check.that(p != null, "boot.programNotLoaded", "program", id, String.join(", ", programs.keySet()));
    return p;
  }
}
